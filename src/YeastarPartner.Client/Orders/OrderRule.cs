using System.Collections.Generic;

namespace YeastarPartner.Client.Orders
{
    /// <summary>
    /// The section-7 rules by stable name. Rules stated by the docs always apply; rules the API
    /// reference marks inferred are listed in <see cref="Inferred"/> and can be relaxed with
    /// <see cref="OrderRuleOptions"/> if the live API turns out to accept more. The rules that depend on what
    /// the product has now (section 7 rules 5 to 8 and 10: a renewal keeps the billing cycle and the number of
    /// extensions, renews plan and services together; High Availability is charged per current extension)
    /// are left to the Partner Portal: the client sees only the order.
    /// </summary>
    public static class OrderRule
    {
        public const string ItemsRequired = "ItemsRequired";
        public const string ItemIdRequired = "ItemIdRequired";
        public const string BillingIdRequired = "BillingIdRequired";
        public const string BillingCycleRequired = "BillingCycleRequired";
        public const string MonthlyMultiCycleZero = "MonthlyMultiCycleZero";               // rule 1
        public const string AnnualPlanMultiCycle = "AnnualPlanMultiCycle";                 // rule 2
        public const string RemoteManagementRenewOneCycle = "RemoteManagementRenewOneCycle"; // rule 2, exception
        public const string OnceMultiCycleZero = "OnceMultiCycleZero";                     // rule 3
        public const string TrialMultiCycleZero = "TrialMultiCycleZero";                   // rule 4
        public const string CloudExtensionRange = "CloudExtensionRange";                   // rule 9
        public const string DisasterRecoveryNeedsUltimate = "DisasterRecoveryNeedsUltimate"; // rule 11
        public const string SerialNumberRequired = "SerialNumberRequired";                 // rule 12
        public const string PartnerIdOnlyForNewLicense = "PartnerIdOnlyForNewLicense";     // rule 13
        public const string ConnectionPlanIdMatchesPlan = "ConnectionPlanIdMatchesPlan";
        public const string CloudInstanceRequest = "CloudInstanceRequest";

        // Inferred (API reference section 7, "inferred rule matrix"): relaxable.
        public const string PurchaseTypeMatchesOperation = "PurchaseTypeMatchesOperation";
        public const string TrialOmitsBilling = "TrialOmitsBilling";
        public const string PlanBillingRecurring = "PlanBillingRecurring";
        public const string AnnualAddOnMultiCycleZero = "AnnualAddOnMultiCycleZero";
        public const string QuantityPositive = "QuantityPositive";

        public static readonly IReadOnlyCollection<string> Inferred = new HashSet<string>
        {
            PurchaseTypeMatchesOperation, TrialOmitsBilling, PlanBillingRecurring, AnnualAddOnMultiCycleZero,
            QuantityPositive,
        };
    }
}
