using System.Management.Automation;
using YeastarPartner.Base;
using YeastarPartner.Completers;
using YeastarPartner.Models;

namespace YeastarPartner.Commands
{
    /// <summary>R3: turns on auto-renewal of a product's plan or service. The API has no way to turn it off again.</summary>
    [Cmdlet(VerbsLifecycle.Enable, "YsAutoRenewal", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.High, HelpUri = HelpLinks.Base + "Enable-YsAutoRenewal.md")]
    [OutputType(typeof(YsAutoRenewal))]
    public sealed class EnableYsAutoRenewalCommand : YsApiCmdlet
    {
        [Parameter(Mandatory = true, Position = 0, ValueFromPipelineByPropertyName = true)]
        [ArgumentCompleter(typeof(ProductIdCompleter))]
        public int ProductId { get; set; }

        [Parameter(Mandatory = true, Position = 1, ValueFromPipelineByPropertyName = true)]
        [Alias(SerialNumberAliases.SN, SerialNumberAliases.Serial, SerialNumberAliases.SerialNo, SerialNumberAliases.ProductNo, SerialNumberAliases.SerialNumberWithSpace)]
        [ArgumentCompleter(typeof(SerialNumberCompleter))]
        public string SerialNumber { get; set; } = "";

        /// <summary>The plan (or service) to renew automatically; a product from Get-YsProduct binds its PlanId.</summary>
        [Parameter(Mandatory = true, Position = 2, ValueFromPipelineByPropertyName = true)]
        [Alias("PlanId", "ServiceId")]
        public long PlanOrServiceId { get; set; }

        protected override object? ErrorTarget => SerialNumber;

        protected override void ProcessApiRecord()
        {
            var client = ActiveConnection.Client;
            if (!ShouldProcess($"{SerialNumber} (product {ProductId})", $"Enable auto-renewal of plan or service {PlanOrServiceId}")) return;
            var on = RunAsync(ct => client.EnableAutoRenewalAsync(ProductId, SerialNumber, PlanOrServiceId, ct));
            WriteObject(new YsAutoRenewal(ProductId, SerialNumber, on, PlanOrServiceId));
        }
    }
}
