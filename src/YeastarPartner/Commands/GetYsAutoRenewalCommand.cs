using System.Management.Automation;
using YeastarPartner.Base;
using YeastarPartner.Completers;
using YeastarPartner.Models;

namespace YeastarPartner.Commands
{
    /// <summary>O4: whether auto-renewal is on for each product piped in (from Get-YsProduct or a CSV).</summary>
    [Cmdlet(VerbsCommon.Get, "YsAutoRenewal", HelpUri = HelpLinks.Base + "Get-YsAutoRenewal.md")]
    [OutputType(typeof(YsAutoRenewal))]
    public sealed class GetYsAutoRenewalCommand : YsApiCmdlet
    {
        [Parameter(Mandatory = true, Position = 0, ValueFromPipelineByPropertyName = true)]
        [ArgumentCompleter(typeof(ProductIdCompleter))]
        public int ProductId { get; set; }

        [Parameter(Mandatory = true, Position = 1, ValueFromPipelineByPropertyName = true)]
        [Alias(SerialNumberAliases.SN, SerialNumberAliases.Serial, SerialNumberAliases.SerialNo, SerialNumberAliases.ProductNo, SerialNumberAliases.SerialNumberWithSpace)]
        [ArgumentCompleter(typeof(SerialNumberCompleter))]
        public string SerialNumber { get; set; } = "";

        protected override object? ErrorTarget => SerialNumber;

        protected override void ProcessApiRecord()
        {
            var client = ActiveConnection.Client;
            var on = RunAsync(ct => client.GetAutoRenewalAsync(ProductId, SerialNumber, ct));
            WriteObject(new YsAutoRenewal(ProductId, SerialNumber, on));
        }
    }
}
