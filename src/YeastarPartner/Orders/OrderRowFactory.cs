using System;
using System.Collections.Generic;
using YeastarPartner.Client.Orders;

namespace YeastarPartner.Orders
{
    /// <summary>What an order cmdlet orders: a plan (New-YsPlanOrder) or a service (New-YsServiceOrder).</summary>
    internal sealed class OrderRowKind
    {
        public static readonly OrderRowKind Plan = new OrderRowKind(isPlan: true, ProductIds.ApplianceEdition,
            OrderAction.Purchase, OrderAction.Renew, OrderAction.Switch, OrderAction.Trial);

        public static readonly OrderRowKind Service = new OrderRowKind(isPlan: false, defaultProductId: null,
            OrderAction.Purchase, OrderAction.Renew, OrderAction.Trial);

        private OrderRowKind(bool isPlan, int? defaultProductId, params OrderAction[] operations)
        {
            IsPlan = isPlan;
            DefaultProductId = defaultProductId;
            Operations = operations;
        }

        public bool IsPlan { get; }

        /// <summary>The product when a row gives none; null when every row must give one (a service belongs to a product).</summary>
        public int? DefaultProductId { get; }

        /// <summary>The operations this kind of order allows; an empty Operation means Purchase.</summary>
        public IReadOnlyCollection<OrderAction> Operations { get; }
    }

    /// <summary>
    /// Turns one row's values, as bound, into an <see cref="OrderRow"/> or the reason it cannot be sent, in one
    /// direction: every field parsed (<see cref="RowChecks"/>), the cmdlets' own defaults applied, the order
    /// built once by the client's <see cref="OrderBuilder"/> (the section-7 defaults and every rule), and a
    /// broken rule told in the cmdlets' terms (<see cref="RuleFixes"/>). The first problem found is the row's.
    /// </summary>
    internal static class OrderRowFactory
    {
        public static OrderRow? Create(OrderRowInput input, OrderRowKind kind, Func<int, string?, PlanNames> plansFor, out RowProblem? problem)
        {
            problem = RowChecks.Operation(input.OperationText, kind.Operations, out var action);
            int? productId = null, quantity = null, multiCycle = null;
            problem = problem
                ?? RowChecks.Count("ProductId", "product ID", input.ProductIdText, "Use a product ID from Get-YsAvailableProduct, e.g. 11 for P-Series Appliance Edition.", out productId)
                ?? RowChecks.Count("Quantity", "quantity", input.QuantityText, "Use a whole number of extensions, connections or minutes.", out quantity)
                ?? RowChecks.Count("MultiCycle", "multi-cycle", input.MultiCycleText, "Use 0 for monthly billing, or 1 to 5 (years) with -BillingCycle Annually.", out multiCycle);
            if (problem != null) return null;
            var product = productId ?? kind.DefaultProductId;
            if (product == null)
            {
                problem = new RowProblem("ProductIdMissing", "ProductId", input.ProductIdText, "no product ID is given.", "Add -ProductId or a ProductId column (Get-YsOffering items carry it).");
                return null;
            }
            // A product read from Get-YsProduct says Quantity 0 when it counts nothing: that is "not given".
            if (quantity == 0 && !ProductIds.HasQuantity(product.Value)) quantity = null;

            var trial = action == OrderAction.Trial;
            string? serialNumber = null, cycle = null;
            long? contact = null, connectionPlanId = null;
            (long Id, string? Name) item = default;
            problem = RowChecks.SerialNumber(input.SerialNumber, input.SerialNumberIsPlainText, out serialNumber)
                ?? CheckItem(input, kind, product.Value, serialNumber, plansFor, out item, out connectionPlanId)
                ?? RowChecks.BillingCycle(input.BillingCycle, allowOnce: !kind.IsPlan, out cycle)
                ?? RowChecks.Id("BillingContactId", "billing contact ID", input.BillingContactId, required: !trial, RowChecks.BillingContactFix, out contact);
            if (problem != null) return null;

            // -BillingCycle Monthly is the default of a plan that is billed (a trial is not).
            if (kind.IsPlan && !trial) cycle = cycle ?? OrderWire.Monthly;
            var spec = input.ToSpec(action, product.Value, serialNumber, contact, new OrderItemSpec
            {
                ServiceType = kind.IsPlan ? OrderWire.Plan : OrderWire.Service,
                ServiceId = item.Id,
                Name = item.Name,
                BillingCycle = cycle,
                MultiCycle = multiCycle,
                Quantity = quantity,
                ConnectionPlanId = connectionPlanId,
            });
            if (kind.IsPlan) spec.PceRequest = input.PceRequest();

            var built = OrderBuilder.Build(spec);
            problem = RowChecks.FromOrderProblems(built.Problems, kind.IsPlan);
            return problem == null ? new OrderRow(built.Spec, built.Request!, input.OrderKey) : null;
        }

        /// <summary>The plan (by ID or by name) or the service (by ID, with the plan it depends on) the row orders.</summary>
        private static RowProblem? CheckItem(OrderRowInput input, OrderRowKind kind, int productId, string? serialNumber,
            Func<int, string?, PlanNames> plansFor, out (long Id, string? Name) item, out long? connectionPlanId)
        {
            connectionPlanId = null;
            if (kind.IsPlan) return PlanChoice.Check(input, productId, plansFor(productId, serialNumber ?? input.SerialNumber), out item);
            item = default;
            var problem = RowChecks.Id("ServiceId", "service ID", input.ItemId, required: true, $"Add -ServiceId with a service ID from Get-YsOffering -ProductId {productId}.", out var serviceId)
                ?? RowChecks.Id("ConnectionPlanId", "connection plan ID", input.ConnectionPlanId, required: false, "Use the ID of the plan the service depends on (Get-YsOffering, Get-YsProduct).", out connectionPlanId);
            if (problem == null) item = (serviceId!.Value, null);
            return problem;
        }
    }
}
