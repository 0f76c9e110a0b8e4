using System.Collections.Generic;
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
        private static readonly OrderAction[] ServiceOperations = { OrderAction.Purchase, OrderAction.Renew, OrderAction.Trial };

        /// <summary>The 19-digit service ID (Get-YsOffering Id). Bound as text so a bad CSV cell is that row's error.</summary>
        [Parameter(ValueFromPipelineByPropertyName = true)]
        [Alias("Id")]
        [AllowEmptyString, AllowNull]
        public string? ServiceId { get; set; }

        /// <summary>The plan the service depends on: the product's current plan (Get-YsProduct), or the plan ordered with it.</summary>
        [Parameter(ValueFromPipelineByPropertyName = true)]
        [AllowEmptyString, AllowNull]
        public string? ConnectionPlanId { get; set; }

        private protected override string Activity => "New-YsServiceOrder";

        private protected override IReadOnlyCollection<OrderAction> Operations => ServiceOperations;

        /// <summary>A service belongs to a product: every row names it.</summary>
        private protected override int? DefaultProductId => null;

        private protected override void ReadInput(OrderRowInput input)
        {
            input.ItemId = ServiceId ?? "";
            input.ConnectionPlanId = ConnectionPlanId;
        }

        private protected override IOrderRow? CreateRow(OrderRowInput input, out RowProblem? problem) =>
            ServiceOrderRow.Create(input, out problem);

        private protected override (string Target, string Action) Describe(IOrderRow row)
        {
            var service = (ServiceOrderRow)row;
            return (service.Target, service.Describe());
        }
    }
}
