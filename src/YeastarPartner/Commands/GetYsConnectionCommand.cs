using System.Management.Automation;
using YeastarPartner.Base;
using YeastarPartner.Connections;

namespace YeastarPartner.Commands
{
    /// <summary>The runspace's default connection, or nothing when not connected.</summary>
    [Cmdlet(VerbsCommon.Get, "YsConnection", HelpUri = HelpLinks.Base + "Get-YsConnection.md")]
    [OutputType(typeof(YsConnection))]
    public sealed class GetYsConnectionCommand : YsCmdlet
    {
        protected override void ProcessRecord()
        {
            var connection = DefaultConnection.Get();
            if (connection != null && !connection.IsDisconnected) WriteObject(connection);
        }
    }
}
