using System.Management.Automation;
using YeastarPartner.Client.Errors;
using YeastarPartner.Connections;

namespace YeastarPartner.Base
{
    /// <summary>
    /// A cmdlet that calls the API: takes -Connection, else the runspace's default connection, and reports
    /// every API failure of a record the same way, here and nowhere else: a non-terminating error (stable
    /// ErrorId, a category that says what failed, <see cref="ErrorTarget"/> as TargetObject, the requestId in
    /// the message), after which the next pipeline record still runs.
    /// </summary>
    public abstract class YsApiCmdlet : YsCmdlet
    {
        /// <summary>The connection to use; defaults to the one Connect-YeastarPartner made in this runspace.</summary>
        [Parameter]
        [ValidateNotNull]
        [PSDefaultValue(Help = DefaultConnection.HelpText)]
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
        /// The input of the record being processed (the serial number, the ID, the name filter): the
        /// TargetObject of the record's API error, so a script can tell which input failed.
        /// </summary>
        protected virtual object? ErrorTarget => null;

        /// <summary>What the cmdlet does with one pipeline record. API failures are left to the base: no catch here.</summary>
        protected abstract void ProcessApiRecord();

        // Sealed, so no API cmdlet can report failures another way. pnp/powershell's PnPConnectedCmdlet also
        // catches per record, but turns failures into terminating errors unless -ErrorAction is given, with
        // the ErrorId EXCEPTION and no target; scripts need neither.
        protected sealed override void ProcessRecord()
        {
            try
            {
                ProcessApiRecord();
            }
            catch (YeastarApiException e)
            {
                WriteError(ErrorRecords.FromApi(e, ErrorTarget));
            }
        }
    }
}
