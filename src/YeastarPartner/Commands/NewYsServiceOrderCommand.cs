using System.Management.Automation;
using YeastarPartner.Base;
using YeastarPartner.Client.Orders;
using YeastarPartner.Completers;
using YeastarPartner.Models;
using YeastarPartner.Orders;

namespace YeastarPartner.Commands
{
    /// <summary>
    /// Buys, renews or tries an add-on service (O1 purchase_service, renew_service, trial_service): Hotel
    /// Module, extensions, recording minutes, connections, white label. Same row, journal and
    /// confirmation behaviour as New-YsPlanOrder.
    /// </summary>
    [Cmdlet(VerbsCommon.New, "YsServiceOrder", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.High, HelpUri = HelpLinks.Base + "New-YsServiceOrder.md")]
    [OutputType(typeof(YsServiceOrder))]
    public sealed class NewYsServiceOrderCommand : YsOrderCmdlet
    {
        [Parameter(ValueFromPipelineByPropertyName = true)]
        public ServiceOperation Operation { get; set; } = ServiceOperation.Purchase;

        /// <summary>The product the service belongs to (Get-YsOffering items carry it).</summary>
        [Parameter(Mandatory = true, ValueFromPipelineByPropertyName = true)]
        [ArgumentCompleter(typeof(ProductIdCompleter))]
        public int ProductId { get; set; }

        /// <summary>The 19-digit service ID (Get-YsOffering Id). Bound as text so a bad CSV cell is that row's error.</summary>
        [Parameter(Mandatory = true, ValueFromPipelineByPropertyName = true)]
        [Alias("Id")]
        [AllowEmptyString, AllowNull]
        public string? ServiceId { get; set; }

        [Parameter(ValueFromPipelineByPropertyName = true)]
        public int? Quantity { get; set; }

        /// <summary>The plan the service depends on: the product's current plan (Get-YsProduct), or the plan ordered with it.</summary>
        [Parameter(ValueFromPipelineByPropertyName = true)]
        [AllowEmptyString, AllowNull]
        public string? ConnectionPlanId { get; set; }

        private protected override string Activity => "New-YsServiceOrder";

        private protected override OrderRowInput ReadInput()
        {
            var input = SharedInput((OrderAction)Operation, ProductId);
            input.ItemId = ServiceId ?? "";
            input.Quantity = Quantity;
            input.ConnectionPlanId = ConnectionPlanId;
            return input;
        }

        private protected override IOrderRow? CreateRow(OrderRowInput input, out RowProblem? problem) =>
            ServiceOrderRow.Create(input, RowNumber, out problem);

        private protected override (string Target, string Action) Describe(IOrderRow row)
        {
            var service = (ServiceOrderRow)row;
            return (service.Target, service.Describe());
        }
    }
}
