using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;
using YeastarPartner.Base;
using YeastarPartner.Client.Errors;
using YeastarPartner.Client.Orders;
using YeastarPartner.Completers;
using YeastarPartner.Models;
using YeastarPartner.Orders;

namespace YeastarPartner.Commands
{
    /// <summary>
    /// Buys, renews, switches or tries a subscription plan (O1 purchase_plan, renew_plan, switch_plan,
    /// trial_plan) for any product: existing devices by serial number, new PSE licenses and Cloud Edition
    /// instances by product. Each pipeline object is one row: CSV columns bind by name; command-line
    /// values apply to every row.
    /// </summary>
    [Cmdlet(VerbsCommon.New, "YsPlanOrder", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.High, HelpUri = HelpLinks.Base + "New-YsPlanOrder.md")]
    [OutputType(typeof(YsPlanOrder))]
    public sealed class NewYsPlanOrderCommand : YsOrderCmdlet
    {
        /// <summary>The plan by name. On the command line it wins over a PlanId the pipeline brings (a piped product's plan).</summary>
        [Parameter(ValueFromPipelineByPropertyName = true)]
        [ArgumentCompleter(typeof(PlanNameCompleter))]
        [AllowEmptyString, AllowNull]
        public string? Plan { get; set; }

        /// <summary>The 19-digit plan ID. Bound as text so a bad CSV cell is that row's error; parsed as Int64.</summary>
        [Parameter(ValueFromPipelineByPropertyName = true)]
        [AllowEmptyString, AllowNull]
        public string? PlanId { get; set; }

        /// <summary>orderPceSpecialRequest.pbxName: the name of a new Cloud Edition instance.</summary>
        [Parameter(ValueFromPipelineByPropertyName = true)]
        [AllowEmptyString, AllowNull]
        public string? PbxName { get; set; }

        /// <summary>orderPceSpecialRequest.regionId (Get-YsRegion).</summary>
        [Parameter(ValueFromPipelineByPropertyName = true)]
        [AllowEmptyString, AllowNull]
        [ArgumentCompleter(typeof(RegionIdCompleter))]
        public string? RegionId { get; set; }

        /// <summary>orderPceSpecialRequest.pbxSubDomainId: the domain suffix of the PBX URL (Get-YsRegion).</summary>
        [Parameter(ValueFromPipelineByPropertyName = true)]
        [AllowEmptyString, AllowNull]
        public string? PbxSubDomainId { get; set; }

        /// <summary>orderPceSpecialRequest.pbxSubDomain (inferred field name): the host part before the suffix (Test-YsPbxUrl).</summary>
        [Parameter(ValueFromPipelineByPropertyName = true)]
        [AllowEmptyString, AllowNull]
        public string? PbxSubDomain { get; set; }

        private protected override string Activity => "New-YsPlanOrder";

        private protected override OrderRowKind RowKind => OrderRowKind.Plan;

        private protected override void CheckCommandLine()
        {
            if (IsOnCommandLine(nameof(Plan)) && IsOnCommandLine(nameof(PlanId)))
                ThrowTerminatingError(ErrorRecords.Create("PlanConflict", ErrorCategory.InvalidArgument,
                    "-Plan and -PlanId are both given; an order names its plan once.", "Give -Plan (a name) or -PlanId (an ID from Get-YsOffering), not both.", null));
        }

        private protected override void ReadInput(OrderRowInput input)
        {
            // A value on the command line applies to every row and wins over the other one from the pipeline.
            input.Plan = IsOnCommandLine(nameof(PlanId)) ? null : Plan;
            input.ItemId = IsOnCommandLine(nameof(Plan)) ? null : PlanId;
            input.PbxName = PbxName;
            input.RegionId = RegionId;
            input.PbxSubDomainId = PbxSubDomainId;
            input.PbxSubDomain = PbxSubDomain;
        }
    }
}
