using System.Linq;
using System.Management.Automation;
using YeastarPartner.Base;
using YeastarPartner.Client.Models;
using YeastarPartner.Completers;

namespace YeastarPartner.Commands
{
    /// <summary>P9: the list prices of an offering's plans and services, optionally for a subordinate user.</summary>
    [Cmdlet(VerbsCommon.Get, "YsPrice", HelpUri = HelpLinks.Base + "Get-YsPrice.md")]
    [OutputType(typeof(PriceItem))]
    public sealed class GetYsPriceCommand : YsApiCmdlet
    {
        [Parameter(Mandatory = true, Position = 0, ValueFromPipelineByPropertyName = true)]
        [ArgumentCompleter(typeof(ProductIdCompleter))]
        public int ProductId { get; set; }

        /// <summary>From Get-YsOffering; looked up with P2 when omitted.</summary>
        [Parameter(ValueFromPipelineByPropertyName = true)]
        public string? OfferingId { get; set; }

        [Parameter]
        [ValidateSet("Once", "Monthly", "Annually")]
        public string BillingCycle { get; set; } = "Annually";

        [Parameter(ValueFromPipelineByPropertyName = true)]
        [ArgumentCompleter(typeof(PartnerIdCompleter))]
        public string? PartnerId { get; set; }

        /// <summary>Needed to look up the offering of products 9 and 11.</summary>
        [Parameter(ValueFromPipelineByPropertyName = true)]
        [Alias(SerialNumberAliases.SN, SerialNumberAliases.Serial, SerialNumberAliases.SerialNo, SerialNumberAliases.ProductNo, SerialNumberAliases.SerialNumberWithSpace)]
        [ArgumentCompleter(typeof(SerialNumberCompleter))]
        public string? SerialNumber { get; set; }

        protected override object? ErrorTarget => ProductId;

        protected override void ProcessApiRecord()
        {
            var client = ActiveConnection.Client;
            var price = RunAsync(async ct =>
            {
                var offeringId = OfferingId ?? (await client.GetOfferingAsync(ProductId, SerialNumber, ct).ConfigureAwait(false)).OfferingId ?? "";
                return await client.GetPriceAsync(ProductId, offeringId, BillingCycle.ToLowerInvariant(), PartnerId, ct).ConfigureAwait(false);
            });
            foreach (var item in price.PlanList.Concat(price.ServiceList)) WriteObject(item);
        }
    }
}
