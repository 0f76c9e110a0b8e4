using System.Management.Automation;
using YeastarPartner.Base;
using YeastarPartner.Connections;

namespace YeastarPartner.Commands
{
    /// <summary>Forgets a connection and its tokens. Without -Connection: the runspace's default connection.</summary>
    [Cmdlet(VerbsCommunications.Disconnect, "YeastarPartner", HelpUri = HelpLinks.Base + "Disconnect-YeastarPartner.md")]
    [OutputType(typeof(void))]
    public sealed class DisconnectYeastarPartnerCommand : YsCmdlet
    {
        [Parameter(ValueFromPipeline = true)]
        [ValidateNotNull]
        [PSDefaultValue(Help = DefaultConnection.HelpText)]
        public YsConnection? Connection { get; set; }

        protected override void ProcessRecord()
        {
            var connection = Connection ?? DefaultConnection.Get();
            if (connection == null)
            {
                WriteVerbose("There is no connection to disconnect.");
                return;
            }
            if (ReferenceEquals(connection, DefaultConnection.Get())) DefaultConnection.Set(null);
            connection.Disconnect();
            WriteVerbose($"Disconnected {connection}.");
        }
    }
}
