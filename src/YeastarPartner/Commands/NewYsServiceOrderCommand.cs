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
        /// <summary>The 19-digit service ID (Get-YsOffering Id). Bound as text so a bad CSV cell is that row's error.</summary>
        [Parameter(ValueFromPipelineByPropertyName = true)]
        [Alias("Id")]
        [AllowEmptyString, AllowNull]
        [ArgumentCompleter(typeof(ServiceIdCompleter))]
        public string? ServiceId { get; set; }

        /// <summary>The plan the service depends on: the product's current plan (Get-YsProduct), or the plan ordered with it.</summary>
        [Parameter(ValueFromPipelineByPropertyName = true)]
        [AllowEmptyString, AllowNull]
        public string? ConnectionPlanId { get; set; }

        private protected override string Activity => "New-YsServiceOrder";

        private protected override OrderRowKind RowKind => OrderRowKind.Service;

        private protected override void ReadInput(OrderRowInput input)
        {
            input.ItemId = ServiceId ?? "";
            input.ConnectionPlanId = ConnectionPlanId;
        }
    }
}
