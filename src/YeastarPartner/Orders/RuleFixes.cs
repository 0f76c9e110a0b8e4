using YeastarPartner.Client.Orders;

namespace YeastarPartner.Orders
{
    /// <summary>
    /// An order rule's violation in the user's words (billing contact, serial number, plan), and how to fix it
    /// with the order cmdlets' parameters. The client names the rule and the wire field; what it means to
    /// the user and what to type instead is this layer's knowledge. The wire's words stay in the details.
    /// </summary>
    internal static class RuleFixes
    {
        /// <summary>What is wrong, lower case after "Row N (...): ", in the words of the parameters.</summary>
        public static string Problem(OrderProblem problem) => problem.Rule switch
        {
            OrderRule.ItemsRequired when problem.Value != null => "a switch to another plan cannot include services.",
            OrderRule.ItemsRequired => "the order names no plan or service.",
            OrderRule.ItemIdRequired => "the plan or service ID is missing.",
            OrderRule.BillingIdRequired => "no billing contact is given, and the order is invoiced to one.",
            OrderRule.BillingCycleRequired => $"billing cycle {Cycle(problem.Value)} is not Monthly, Annually or Once.",
            OrderRule.PurchaseTypeMatchesOperation => "the purchase type does not match the operation.",
            OrderRule.TrialOmitsBilling => $"a trial has no billing cycle, and this row gives {Cycle(problem.Value)}.",
            OrderRule.PlanBillingRecurring => "a plan is billed as a recurring plan.",
            OrderRule.MonthlyMultiCycleZero => $"multi-cycle {Show(problem.Value)} is not allowed with monthly billing (it must be 0).",
            OrderRule.AnnualPlanMultiCycle => $"multi-cycle {Show(problem.Value)} is not allowed with an annual plan (it must be 1 to 5 years).",
            OrderRule.RemoteManagementRenewOneCycle => $"a Remote Management plan renews for exactly one cycle, not {Show(problem.Value)}.",
            OrderRule.AnnualAddOnMultiCycleZero => $"an annual add-on service runs with its plan, so its multi-cycle is 0, not {Show(problem.Value)}.",
            OrderRule.OnceMultiCycleZero => $"a one-off (Once) service has multi-cycle 0, not {Show(problem.Value)}.",
            OrderRule.TrialMultiCycleZero => $"a trial has multi-cycle 0, not {Show(problem.Value)}.",
            OrderRule.CloudExtensionRange => $"a Cloud Edition instance has 5 to 500 extensions, not {Show(problem.Value)}.",
            OrderRule.DisasterRecoveryNeedsUltimate => "Disaster Recovery is only available on the Ultimate Plan.",
            OrderRule.SerialNumberRequired => "no serial number is given, and the order acts on an existing device: it needs the device's serial number.",
            OrderRule.PartnerIdOnlyForNewLicense => "a Software Edition license takes a partner ID only when it is new, and a serial number only when it exists; this row gives both.",
            OrderRule.ConnectionPlanIdMatchesPlan => $"the service's connection plan ID {Show(problem.Value)} is not the plan's ID ({Show(problem.Expected)}).",
            OrderRule.CloudInstanceRequest => "a new Cloud Edition instance needs its PBX name, region and domain suffix.",
            OrderRule.QuantityPositive => $"the quantity must be 1 or more, not {Show(problem.Value)}.",
            _ => WireWords.Translate(Lower(problem.Message)),
        };

        /// <summary>The rule, the wire field and the client's words: for the error's details, not its message.</summary>
        public static string Detail(OrderProblem problem) => $"{problem.Rule}: {problem.Field} = {Show(problem.Value)}: {problem.Message}";

        /// <summary>A rule's value as text: "(none)" for a missing one, invariant culture for numbers.</summary>
        public static string Show(object? value) => value == null ? "(none)" : System.Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture) ?? "";

        private static string Cycle(object? wire) => wire is string text && text.Length > 0 ? RowChecks.CycleName(text) : Show(wire);

        private static string Lower(string text) => text.Length == 0 ? text : char.ToLowerInvariant(text[0]) + text.Substring(1);

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
