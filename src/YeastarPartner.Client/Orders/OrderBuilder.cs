using System.Collections.Generic;
using System.Linq;
using YeastarPartner.Client.Models;

namespace YeastarPartner.Client.Orders
{
    /// <summary>What <see cref="OrderBuilder.Build"/> gives: the O1 body, or why it cannot be sent.</summary>
    public sealed class OrderBuildResult
    {
        internal OrderBuildResult(OrderSpec spec, OrderRequest? request, IReadOnlyList<OrderProblem> problems)
        {
            Spec = spec;
            Request = request;
            Problems = problems;
        }

        /// <summary>The order with the rule matrix's defaults filled in: what was checked, and what the request says.</summary>
        public OrderSpec Spec { get; }

        /// <summary>Null when there are problems: an order that breaks a rule is never sent.</summary>
        public OrderRequest? Request { get; }
        public IReadOnlyList<OrderProblem> Problems { get; }
        public bool IsValid => Problems.Count == 0;
    }

    /// <summary>
    /// Turns an <see cref="OrderSpec"/> of any operationType into the O1 body: fills the defaults of the
    /// section-7 rule matrix, then checks every rule before anything is sent.
    /// </summary>
    public static class OrderBuilder
    {
        public static OrderBuildResult Build(OrderSpec spec, OrderRuleOptions? options = null)
        {
            var completed = WithDefaults(spec);
            var problems = OrderRules.Check(completed, options);
            return new OrderBuildResult(completed, problems.Count == 0 ? ToRequest(completed) : null, problems);
        }

        /// <summary>A copy with purchaseType, billingModel and multiCycle filled where the caller left them out.</summary>
        private static OrderSpec WithDefaults(OrderSpec spec)
        {
            var copy = spec.ShallowCopy();
            copy.Items = spec.Items.Select(item => CompleteItem(spec, item)).ToList();
            return copy;
        }

        private static OrderItemSpec CompleteItem(OrderSpec order, OrderItemSpec item)
        {
            var trial = order.Action == OrderAction.Trial;
            var cycle = item.BillingCycle;
            return new OrderItemSpec
            {
                ServiceType = item.ServiceType,
                ServiceId = item.ServiceId,
                Name = item.Name,
                PurchaseType = item.PurchaseType ?? OrderWire.PurchaseType(order.Action),
                BillingModel = item.BillingModel ?? (trial ? null : cycle == OrderWire.Once ? OrderWire.Once : OrderWire.Recurring),
                BillingCycle = cycle,
                MultiCycle = item.MultiCycle ?? DefaultMultiCycle(order, item),
                Quantity = item.Quantity,
                ConnectionPlanId = item.ConnectionPlanId,
            };
        }

        /// <summary>Rules 1-4: 0 for monthly, once, trials and annual add-ons; 1 for an annual plan (Remote Management renewals: exactly 1).</summary>
        private static int DefaultMultiCycle(OrderSpec order, OrderItemSpec item) =>
            order.Action != OrderAction.Trial && item.IsPlan && item.BillingCycle == OrderWire.Annually ? 1 : 0;

        /// <summary>
        /// The O1 body of a completed spec, checked or not. Internal, never public: only the tests send a body
        /// the rules refused, to prove the sandbox refuses it too.
        /// </summary>
        internal static OrderRequest ToRequest(OrderSpec spec) => new OrderRequest
        {
            OperationType = spec.OperationType,
            ProductNo = string.IsNullOrWhiteSpace(spec.ProductNo) ? null : spec.ProductNo,
            ProductId = spec.ProductId,
            BillingId = spec.BillingId,
            PoNumber = spec.PoNumber,
            PartnerId = spec.PartnerId,
            AssignId = spec.AssignId,
            OrderPceSpecialRequest = spec.PceRequest,
            ServiceList = spec.Items.Select(i => new OrderItem
            {
                ServiceId = i.ServiceId,
                ServiceType = i.ServiceType,
                PurchaseType = i.PurchaseType!,
                BillingModel = i.BillingModel,
                BillingCycle = i.BillingCycle,
                MultiCycle = i.MultiCycle ?? 0,
                Quantity = i.Quantity,
                ConnectionPlanId = i.ConnectionPlanId,
            }).ToList(),
        };
    }
}
