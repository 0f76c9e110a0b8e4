using System.Linq;
using System.Management.Automation;
using YeastarPartner.Base;
using YeastarPartner.Client.Models;
using YeastarPartner.Completers;

namespace YeastarPartner.Commands
{
    /// <summary>
    /// P2: the plans and services of a product with the IDs orders need; with -PricingPlanId or
    /// -PricingServiceId, P3-P8: the terms of one plan or service for a trial, a purchase or a renewal.
    /// </summary>
    [Cmdlet(VerbsCommon.Get, "YsOffering", DefaultParameterSetName = ListSet, HelpUri = HelpLinks.Base + "Get-YsOffering.md")]
    [OutputType(typeof(OfferingItem))]
    public sealed class GetYsOfferingCommand : YsApiCmdlet
    {
        private const string ListSet = "List";
        private const string PlanSet = "Plan";
        private const string ServiceSet = "Service";

        [Parameter(Mandatory = true, Position = 0, ValueFromPipelineByPropertyName = true)]
        [ArgumentCompleter(typeof(ProductIdCompleter))]
        public int ProductId { get; set; }

        /// <summary>Required by the API for products 9 and 11, and for renewal terms.</summary>
        [Parameter(ValueFromPipelineByPropertyName = true)]
        [Alias(SerialNumberAliases.SN, SerialNumberAliases.Serial, SerialNumberAliases.SerialNo, SerialNumberAliases.ProductNo, SerialNumberAliases.SerialNumberWithSpace)]
        [ArgumentCompleter(typeof(SerialNumberCompleter))]
        public string? SerialNumber { get; set; }

        [Parameter(ParameterSetName = PlanSet)]
        [Parameter(ParameterSetName = ServiceSet)]
        public OfferingOperation Operation { get; set; } = OfferingOperation.Purchase;

        [Parameter(Mandatory = true, ParameterSetName = PlanSet, ValueFromPipelineByPropertyName = true)]
        public string? PricingPlanId { get; set; }

        [Parameter(Mandatory = true, ParameterSetName = ServiceSet, ValueFromPipelineByPropertyName = true)]
        public string? PricingServiceId { get; set; }

        /// <summary>The plan the service depends on (trial and purchase terms only).</summary>
        [Parameter(ParameterSetName = ServiceSet, ValueFromPipelineByPropertyName = true)]
        public long? ConnectionPlanId { get; set; }

        protected override object? ErrorTarget => ProductId;

        protected override void ProcessApiRecord()
        {
            var client = ActiveConnection.Client;
            switch (ParameterSetName)
            {
                case PlanSet:
                    WriteObject(RunAsync(ct => client.GetPlanInfoAsync(Operation, PricingPlanId!, ProductId, SerialNumber, ct)));
                    break;
                case ServiceSet:
                    WriteObject(RunAsync(ct => client.GetServiceInfoAsync(Operation, PricingServiceId!, ProductId, SerialNumber, ConnectionPlanId, ct)));
                    break;
                default:
                    var offering = RunAsync(ct => client.GetOfferingAsync(ProductId, SerialNumber, ct));
                    foreach (var item in offering.PlanList.Concat(offering.ServiceList)) WriteObject(item);
                    break;
            }
        }
    }
}
