using YeastarPartner.Client.Orders;

namespace YeastarPartner.Orders
{
    /// <summary>
    /// How to fix an order rule's violation with the order cmdlets' parameters. The client names the rule and
    /// the wire field; what to type instead is this layer's knowledge.
    /// </summary>
    internal static class RuleFixes
    {
        public static string For(OrderProblem problem) => problem.Rule switch
        {
            OrderRule.ItemsRequired when problem.Value != null => "Order the services separately with New-YsServiceOrder.",
            OrderRule.ItemsRequired => "Add the plan or service to order (Get-YsOffering lists their IDs).",
            OrderRule.ItemIdRequired => "Use the 19-digit Id that Get-YsOffering lists.",
            OrderRule.BillingIdRequired => "Pass -BillingContactId (Get-YsBillingContact lists them).",
            OrderRule.BillingCycleRequired => "Choose the cycle Get-YsOffering shows for this item.",
            OrderRule.PurchaseTypeMatchesOperation => "Leave purchaseType to the builder.",
            OrderRule.TrialOmitsBilling => "Leave -BillingCycle out of a trial.",
            OrderRule.PlanBillingRecurring => "Leave billingModel to the builder.",
            OrderRule.MonthlyMultiCycleZero => "Use -MultiCycle 0, or -BillingCycle Annually for 1 to 5 years.",
            OrderRule.AnnualPlanMultiCycle => "Use -MultiCycle 1 to 5.",
            OrderRule.RemoteManagementRenewOneCycle => "Use -MultiCycle 1.",
            OrderRule.AnnualAddOnMultiCycleZero => "Use -MultiCycle 0.",
            OrderRule.OnceMultiCycleZero => "Use -MultiCycle 0.",
            OrderRule.TrialMultiCycleZero => "Leave -MultiCycle out of a trial.",
            OrderRule.CloudExtensionRange => "Use -Quantity 5 to 500.",
            OrderRule.DisasterRecoveryNeedsUltimate => "Switch to the Ultimate Plan first.",
            OrderRule.SerialNumberRequired => "Pass -SerialNumber (Get-YsProduct lists them).",
            OrderRule.PartnerIdOnlyForNewLicense => "Pass either -SerialNumber or -PartnerId, not both.",
            OrderRule.ConnectionPlanIdMatchesPlan => $"Use -ConnectionPlanId {problem.Expected}.",
            OrderRule.CloudInstanceRequest => "Pass -PbxName, -RegionId and -PbxSubDomainId (Get-YsRegion lists them).",
            OrderRule.QuantityPositive => "Use a positive -Quantity.",
            _ => "Correct the value the message names.",
        };
    }
}
