using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using YeastarPartner.Client.Catalog;
using YeastarPartner.Client.Models;
using YeastarPartner.Models;

namespace YeastarPartner.Orders
{
    /// <summary>
    /// One validated row of New-YsPlanOrder: the rules the Appliance Edition tutorial states (API reference
    /// section 16), checked before anything is sent, and the O1 body built from them.
    /// </summary>
    internal sealed class PlanOrderRow : IOrderRow
    {
        public const int MaxAnnualMultiCycle = 5;

        private PlanOrderRow(string serialNumber, string? planName, long planId, string billingCycle, int multiCycle, long billingContactId, string? poNumber)
        {
            SerialNumber = serialNumber;
            PlanName = planName;
            PlanId = planId;
            BillingCycle = billingCycle;
            MultiCycle = multiCycle;
            BillingContactId = billingContactId;
            PoNumber = poNumber;
        }

        public string SerialNumber { get; }
        public string? PlanName { get; }
        public long PlanId { get; }
        /// <summary>Wire value: monthly or annually.</summary>
        public string BillingCycle { get; }
        public int MultiCycle { get; }
        public long BillingContactId { get; }
        public string? PoNumber { get; }

        /// <summary>"Monthly" / "Annually", as the user typed the parameter.</summary>
        public string BillingCycleName => BillingCycle == "monthly" ? "Monthly" : "Annually";

        /// <summary>The validated row, or null with <paramref name="problem"/> saying what to fix.</summary>
        public static PlanOrderRow? Create(string? serialNumber, string? plan, long? planId, string? billingCycle, int? multiCycle, string? billingContactId, string? poNumber, out RowProblem? problem)
        {
            string sn = "", cycle = "";
            string? planName = null;
            long resolvedPlanId = 0;
            int cycles = 0;
            long contact = 0;
            problem = CheckSerialNumber(serialNumber, out sn)
                ?? CheckPlan(plan, planId, out planName, out resolvedPlanId)
                ?? CheckCycle(billingCycle, multiCycle, out cycle, out cycles)
                ?? CheckBillingContact(billingContactId, out contact);
            return problem == null
                ? new PlanOrderRow(sn, planName, resolvedPlanId, cycle, cycles, contact, string.IsNullOrWhiteSpace(poNumber) ? null : poNumber!.Trim())
                : null;
        }

        public OrderRequest ToOrderRequest() => new OrderRequest
        {
            OperationType = "purchase_plan",
            ProductNo = SerialNumber,
            ProductId = AppliancePlans.ProductId,
            BillingId = BillingContactId,
            PoNumber = PoNumber,
            ServiceList = new List<OrderItem>
            {
                new OrderItem
                {
                    ServiceId = PlanId,
                    ServiceType = "plan",
                    PurchaseType = "purchase",
                    BillingModel = "recurring",
                    BillingCycle = BillingCycle,
                    MultiCycle = MultiCycle,
                },
            },
        };

        /// <summary>The ShouldProcess action: what will be bought and billed to whom.</summary>
        public string Describe() =>
            $"Buy the {PlanName ?? "plan " + PlanId} plan, billed {BillingCycle}{(BillingCycle == "annually" ? $" for {MultiCycle} year(s)" : "")} (multiCycle {MultiCycle}), to billing contact {BillingContactId}";

        private static RowProblem? CheckSerialNumber(string? value, out string serialNumber)
        {
            serialNumber = value?.Trim() ?? "";
            if (serialNumber.Length == 0)
                return new RowProblem("SerialNumberMissing", "SerialNumber", value, "the serial number is empty.",
                    "Fill the SerialNumber column (or SN, ProductNo) with the PBX serial number shown under Information in its web portal.");
            if (!serialNumber.All(char.IsLetterOrDigit) || serialNumber.Any(c => c > 127))
                return new RowProblem("SerialNumberInvalid", "SerialNumber", value, $"the serial number '{value}' contains characters other than letters and digits.",
                    "Correct it to the PBX serial number, e.g. 3631E0997265.");
            return null;
        }

        private static RowProblem? CheckPlan(string? plan, long? planId, out string? planName, out long resolvedPlanId)
        {
            planName = null;
            resolvedPlanId = 0;
            if (planId.HasValue)
            {
                if (planId.Value <= 0)
                    return new RowProblem("PlanIdInvalid", "PlanId", planId, $"plan ID {planId} is not a positive number.", "Use a plan ID from Get-YsOffering, or -Plan Standard, Enterprise or Ultimate.");
                resolvedPlanId = planId.Value;
                planName = AppliancePlans.NameOf(planId.Value);
                return null;
            }
            if (string.IsNullOrWhiteSpace(plan))
                return new RowProblem("PlanMissing", "Plan", plan, "no plan is given.", $"Add -Plan {string.Join(", ", AppliancePlans.Names)}, or a Plan column.");
            planName = AppliancePlans.CanonicalName(plan!);
            if (planName == null || !AppliancePlans.TryGetId(planName, out resolvedPlanId))
                return new RowProblem("PlanUnknown", "Plan", plan, $"'{plan}' is not a plan of P-Series Appliance Edition.", $"Use one of {string.Join(", ", AppliancePlans.Names)}, or -PlanId.");
            return null;
        }

        private static RowProblem? CheckCycle(string? billingCycle, int? multiCycle, out string cycle, out int cycles)
        {
            cycle = "";
            cycles = 0;
            var name = string.IsNullOrWhiteSpace(billingCycle) ? "Monthly" : billingCycle!.Trim();
            if (string.Equals(name, "Monthly", StringComparison.OrdinalIgnoreCase)) cycle = "monthly";
            else if (string.Equals(name, "Annually", StringComparison.OrdinalIgnoreCase)) cycle = "annually";
            else return new RowProblem("BillingCycleInvalid", "BillingCycle", billingCycle, $"billing cycle '{billingCycle}' is not Monthly or Annually.", "Use Monthly or Annually.");

            if (cycle == "monthly")
            {
                cycles = multiCycle ?? 0;
                if (cycles != 0)
                    return new RowProblem("MultiCycleInvalid", "MultiCycle", multiCycle, $"multi-cycle {multiCycle} is not allowed with a monthly plan (it must be 0).", "Remove MultiCycle, or use -BillingCycle Annually with 1 to 5 years.");
                return null;
            }
            cycles = multiCycle ?? 1;
            if (cycles < 1 || cycles > MaxAnnualMultiCycle)
                return new RowProblem("MultiCycleInvalid", "MultiCycle", multiCycle, $"multi-cycle {multiCycle} is not allowed with an annual plan (it must be 1 to {MaxAnnualMultiCycle} years).", $"Use -MultiCycle 1 to {MaxAnnualMultiCycle}.");
            return null;
        }

        /// <summary>
        /// Bound as text so that a CSV cell such as "abc" or "3.2E+18" is this row's error, not a binding
        /// error without a row number; parsed as Int64 so all 19 digits stay exact.
        /// </summary>
        private static RowProblem? CheckBillingContact(string? value, out long billingContactId)
        {
            billingContactId = 0;
            var text = value?.Trim() ?? "";
            const string fix = "Add -BillingContactId with an ID from Get-YsBillingContact (digits only), or a BillingContactId column.";
            if (text.Length == 0)
                return new RowProblem("BillingContactIdMissing", "BillingContactId", value, "no billing contact ID is given.", fix);
            if (!long.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out billingContactId) || billingContactId <= 0)
                return new RowProblem("BillingContactIdInvalid", "BillingContactId", value, $"billing contact ID '{value}' is not a positive 64-bit integer.", fix);
            return null;
        }

        /// <summary>The journal fields of a row that could not be validated: the values as given.</summary>
        public static JournalEntry RawJournalEntry(string? serialNumber, string? plan, long? planId, string? billingCycle, int? multiCycle, string? billingContactId) => new JournalEntry
        {
            SerialNumber = serialNumber?.Trim() ?? "",
            Plan = plan ?? planId?.ToString(CultureInfo.InvariantCulture) ?? "",
            BillingCycle = billingCycle ?? "",
            MultiCycle = multiCycle?.ToString(CultureInfo.InvariantCulture) ?? "",
            BillingContactId = billingContactId?.Trim() ?? "",
        };

        public JournalEntry ToJournalEntry() => new JournalEntry
        {
            SerialNumber = SerialNumber,
            Plan = PlanName ?? PlanId.ToString(CultureInfo.InvariantCulture),
            BillingCycle = BillingCycleName,
            MultiCycle = MultiCycle.ToString(CultureInfo.InvariantCulture),
            BillingContactId = BillingContactId.ToString(CultureInfo.InvariantCulture),
        };

        public object ToOutput(OrderOutcome outcome, CreatedOrder? created, JournalEntry? earlier) => new YsPlanOrder
        {
            SerialNumber = SerialNumber,
            Plan = PlanName,
            PlanId = PlanId,
            BillingCycle = BillingCycleName,
            MultiCycle = MultiCycle,
            BillingContactId = BillingContactId,
            PoNumber = PoNumber,
            Outcome = outcome.ToString(),
            OrderNo = created?.OrderNo ?? NullIfEmpty(earlier?.OrderNo),
            OrderStatus = created?.OrderStatus ?? NullIfEmpty(earlier?.OrderStatus),
            InstanceId = created?.InstanceId,
            TransactionNo = created?.TransactionNo,
            RequestId = created?.RequestId ?? NullIfEmpty(earlier?.RequestId),
            Time = DateTimeOffset.Now,
        };

        private static string? NullIfEmpty(string? value) => string.IsNullOrEmpty(value) ? null : value;
    }
}
