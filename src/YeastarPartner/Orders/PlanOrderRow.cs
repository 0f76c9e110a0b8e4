using System;
using System.Collections.Generic;
using System.Globalization;
using YeastarPartner.Client.Models;
using YeastarPartner.Client.Orders;
using YeastarPartner.Models;

namespace YeastarPartner.Orders
{
    /// <summary>
    /// One validated row of New-YsPlanOrder, for any product and operation: the raw values checked, the
    /// plan resolved by name, and the O1 body built and checked against the section-7 rules by
    /// <see cref="OrderBuilder"/> before anything is sent.
    /// </summary>
    internal sealed class PlanOrderRow : IOrderRow
    {
        public const int MaxAnnualMultiCycle = 5;

        private readonly OrderSpec _spec;
        private readonly OrderItemSpec _plan;

        private PlanOrderRow(OrderSpec spec, string? planName, OrderRequest request, string? orderKey)
        {
            _spec = spec;
            _plan = spec.Items[0];
            PlanName = planName;
            Request = request;
            Key = OrderKey.For(spec, orderKey);
            Label = OrderKey.Label(spec, orderKey);
        }

        public string Key { get; }
        public string? SerialNumber => _spec.ProductNo;
        public string Label { get; }
        public string? PlanName { get; }
        public OrderRequest Request { get; }

        public string FindCommand(DateTimeOffset? sent) => OrderKey.FindCommand(_spec, sent);

        public (int ProductId, string OperationType, long ItemId) Kind => (_spec.ProductId, _spec.OperationType, _plan.ServiceId);

        /// <summary>The validated row, or null with <paramref name="problem"/> saying what to fix.</summary>
        public static PlanOrderRow? Create(OrderRowInput input, PlanNames plans, out RowProblem? problem)
        {
            string? serialNumber = null, planName = null, cycle = null;
            long planId = 0;
            long? contact = null;
            int? cycles = null;
            var trial = input.Action == OrderAction.Trial;
            problem = RowChecks.SerialNumber(input.SerialNumber, input.SerialNumberIsPlainText, out serialNumber)
                ?? CheckPlan(input, plans, out planName, out planId)
                ?? (trial ? RowChecks.BillingCycle(input.BillingCycle, allowOnce: false, out cycle) : CheckCycle(input.BillingCycle, input.MultiCycle, out cycle, out cycles))
                ?? RowChecks.Id("BillingContactId", "billing contact ID", input.BillingContactId, required: !trial, RowChecks.BillingContactFix, out contact);
            if (problem != null) return null;

            var spec = input.ToSpec(serialNumber, contact,
                new OrderItemSpec
                {
                    ServiceType = OrderWire.Plan,
                    ServiceId = planId,
                    Name = planName,
                    BillingCycle = cycle,
                    MultiCycle = trial ? input.MultiCycle : cycles,
                    Quantity = input.Quantity,
                });
            spec.PceRequest = input.PceRequest();
            var built = OrderBuilder.Build(spec);
            problem = RowChecks.FromOrderProblems(built.Problems);
            if (problem != null) return null;
            return new PlanOrderRow(OrderBuilder.WithDefaults(spec), planName, built.Request!, input.OrderKey);
        }

        public OrderRequest ToOrderRequest() => Request;

        /// <summary>The ShouldProcess target: the device, or the new product and whom it is for.</summary>
        public string Target => _spec.ProductNo != null ? $"PBX {_spec.ProductNo}" : $"new product {_spec.ProductId}{(_spec.PceRequest != null ? $" '{_spec.PceRequest.PbxName}'" : "")}{OrderKey.ForWhom(_spec)}";

        /// <summary>The ShouldProcess action: what will be bought and billed to whom.</summary>
        public string Describe()
        {
            var plan = PlanName ?? "plan " + _plan.ServiceId;
            if (_spec.Action == OrderAction.Trial) return $"Start a trial of the {plan} plan (product {_spec.ProductId}){OrderKey.ForWhom(_spec)}";
            var verb = _spec.Action == OrderAction.Purchase ? "Buy" : _spec.Action == OrderAction.Switch ? "Switch to" : "Renew";
            var quantity = _plan.Quantity != null ? $" for {_plan.Quantity} extension(s)" : "";
            return $"{verb} the {plan} plan{quantity}, billed {_plan.BillingCycle}{(_plan.BillingCycle == OrderWire.Annually ? $" for {_plan.MultiCycle} year(s)" : "")} (multiCycle {_plan.MultiCycle}), to billing contact {_spec.BillingId}{OrderKey.ForWhom(_spec)}";
        }

        /// <summary>
        /// The plan by ID (-PlanId, a PlanId column, a piped product's PlanId) or by name (-Plan, a Plan column).
        /// The cmdlet drops the pipeline's value when the other one is on the command line; two values from the
        /// row itself must agree.
        /// </summary>
        private static RowProblem? CheckPlan(OrderRowInput input, PlanNames plans, out string? planName, out long planId)
        {
            planName = null;
            planId = 0;
            var names = string.Join(", ", plans.Names);
            var byName = OrderRowInput.Blank(input.Plan);
            if (OrderRowInput.Blank(input.ItemId) == null && byName == null)
                return new RowProblem("PlanMissing", "Plan", input.Plan, "no plan is given.", names.Length > 0 ? $"Add -Plan {names}, or a Plan column." : "Add -PlanId with an ID from Get-YsOffering.");
            if (OrderRowInput.Blank(input.ItemId) != null)
            {
                var idProblem = RowChecks.Id("PlanId", "plan ID", input.ItemId, required: true, "Use a plan ID from Get-YsOffering, or -Plan with its name.", out var id);
                if (idProblem != null) return idProblem;
                planId = id!.Value;
                planName = plans.NameOf(planId);
                if (byName == null) return null;
                if (plans.TryFind(byName, out var named, out var namedId) && namedId == planId) return null;
                return new RowProblem("PlanConflict", "Plan", input.Plan,
                    $"plan '{input.Plan}' and plan ID {planId} do not name the same plan{(planName != null ? $" (that ID is {planName})" : "")}.",
                    "Give the plan once: a Plan or a PlanId column, or -Plan or -PlanId on the command line (which then applies to every row).");
            }
            if (plans.TryFind(byName!, out var name, out planId))
            {
                planName = name;
                return null;
            }
            var known = names.Length > 0
                ? $"Use one of {names}, or -PlanId."
                : $"Connect first so the plans can be read from the Partner Portal, or use -PlanId with an ID from Get-YsOffering -ProductId {input.ProductId}.";
            return new RowProblem("PlanUnknown", "Plan", input.Plan, $"'{input.Plan}' is not a plan of product {input.ProductId}.", known);
        }

        private static RowProblem? CheckCycle(string? billingCycle, int? multiCycle, out string? cycle, out int? cycles)
        {
            cycles = null;
            var problem = RowChecks.BillingCycle(billingCycle, allowOnce: false, out cycle);
            if (problem != null) return problem;
            cycle = cycle ?? OrderWire.Monthly;
            if (cycle == OrderWire.Monthly)
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

        public JournalEntry ToJournalEntry() => new JournalEntry
        {
            SerialNumber = SerialNumber ?? "",
            Key = Key,
            Plan = PlanName ?? OrderRowInput.Text(_plan.ServiceId),
            BillingCycle = RowChecks.CycleName(_plan.BillingCycle),
            MultiCycle = (_plan.MultiCycle ?? 0).ToString(CultureInfo.InvariantCulture),
            BillingContactId = _spec.BillingId?.ToString(CultureInfo.InvariantCulture) ?? "",
            Operation = _spec.OperationType,
            ProductId = _spec.ProductId.ToString(CultureInfo.InvariantCulture),
            ItemId = OrderRowInput.Text(_plan.ServiceId),
        };

        public object ToOutput(OrderOutcome outcome, CreatedOrder? created, JournalEntry? earlier) => new YsPlanOrder
        {
            SerialNumber = _spec.ProductNo ?? "",
            Operation = _spec.Action.ToString(),
            ProductId = _spec.ProductId,
            Plan = PlanName,
            PlanId = _plan.ServiceId,
            BillingCycle = RowChecks.CycleName(_plan.BillingCycle),
            MultiCycle = _plan.MultiCycle ?? 0,
            Quantity = _plan.Quantity,
            BillingContactId = _spec.BillingId ?? 0,
            PartnerId = _spec.PartnerId,
            AssignId = _spec.AssignId,
            PbxName = _spec.PceRequest?.PbxName,
            PoNumber = _spec.PoNumber,
        }.Record(outcome, created, earlier);
    }
}
