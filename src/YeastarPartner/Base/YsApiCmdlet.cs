using System;
using System.Management.Automation;
using System.Threading;
using System.Threading.Tasks;
using YeastarPartner.Client.Errors;
using YeastarPartner.Connections;

namespace YeastarPartner.Base
{
    /// <summary>A cmdlet that calls the API: takes -Connection, else the runspace's default connection.</summary>
    public abstract class YsApiCmdlet : YsCmdlet
    {
        /// <summary>The connection to use; defaults to the one Connect-YeastarPartner made in this runspace.</summary>
        [Parameter]
        [ValidateNotNull]
        public YsConnection? Connection { get; set; }

        /// <summary>The connection in effect; terminates the cmdlet with a clear error when there is none.</summary>
        protected YsConnection ActiveConnection
        {
            get
            {
                var connection = Connection ?? DefaultConnection.Get();
                if (connection == null || connection.IsDisconnected)
                {
                    ThrowTerminatingError(ErrorRecords.Create("NotConnected", ErrorCategory.ConnectionError,
                        "There is no connection to the Yeastar Partner Portal in this session.",
                        "Run Connect-YeastarPartner first, or pass a connection with -Connection.", null));
                }
                return connection!;
            }
        }

        /// <summary>
        /// Runs one API call. A failure becomes a non-terminating error (stable ErrorId, category, the
        /// input as TargetObject) and false, so the next pipeline record still runs.
        /// </summary>
        internal bool TryRunApi<T>(Func<CancellationToken, Task<T>> work, object? target, out T result)
        {
            try
            {
                result = RunAsync(work);
                return true;
            }
            catch (YeastarApiException e)
            {
                WriteApiError(e, target);
                result = default!;
                return false;
            }
        }
    }
}
