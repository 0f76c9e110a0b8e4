using System.Management.Automation;
using YeastarPartner.Base;
using YeastarPartner.Client.Models;
using YeastarPartner.Client.Orders;
using YeastarPartner.Completers;

namespace YeastarPartner.Commands
{
    /// <summary>R7: the activation code of each P-Series Software Edition license piped in (from Get-YsProduct -ProductId 12 or a CSV).</summary>
    [Cmdlet(VerbsCommon.Get, "YsActivationCode", HelpUri = HelpLinks.Base + "Get-YsActivationCode.md")]
    [OutputType(typeof(ActivationCode))]
    public sealed class GetYsActivationCodeCommand : YsApiCmdlet
    {
        [Parameter(Mandatory = true, Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
        [Alias(SerialNumberAliases.SN, SerialNumberAliases.Serial, SerialNumberAliases.SerialNo, SerialNumberAliases.ProductNo, SerialNumberAliases.SerialNumberWithSpace)]
        [ArgumentCompleter(typeof(SerialNumberCompleter))]
        [ValidateNotNullOrEmpty]
        public string SerialNumber { get; set; } = "";

        /// <summary>The docs name 12 (P-Series Software Edition) as the only valid value; a product of another kind piped in is left to the API to refuse.</summary>
        [Parameter(ValueFromPipelineByPropertyName = true)]
        public int ProductId { get; set; } = ProductIds.SoftwareEdition;

        protected override object? ErrorTarget => SerialNumber;

        protected override void ProcessApiRecord()
        {
            var client = ActiveConnection.Client;
            WriteObject(RunAsync(ct => client.GetActivationCodeAsync(SerialNumber, ProductId, ct)));
        }
    }
}
