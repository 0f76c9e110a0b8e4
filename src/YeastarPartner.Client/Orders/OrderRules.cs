using System;
using System.Collections.Generic;
using System.Linq;

namespace YeastarPartner.Client.Orders
{
    /// <summary>
    /// The validity rules of API reference section 7, as pure functions of a completed order (defaults
    /// already applied). Each yields the problems it finds; <see cref="Check"/> runs the ones that apply.
    /// </summary>
    public static class OrderRules
    {
        private delegate IEnumerable<OrderProblem> Rule(OrderSpec order);

        private static readonly (string Name, Rule Check)[] All =
        {
            (OrderRule.ItemsRequired, ItemsRequired),
            (OrderRule.ItemIdRequired, ItemIdRequired),
            (OrderRule.BillingIdRequired, BillingIdRequired),
            (OrderRule.BillingCycleRequired, BillingCycleRequired),
            (OrderRule.PurchaseTypeMatchesOperation, PurchaseTypeMatchesOperation),
            (OrderRule.TrialOmitsBilling, TrialOmitsBilling),
            (OrderRule.PlanBillingRecurring, PlanBillingRecurring),
            (OrderRule.MonthlyMultiCycleZero, MonthlyMultiCycleZero),
            (OrderRule.AnnualPlanMultiCycle, AnnualPlanMultiCycle),
            (OrderRule.RemoteManagementRenewOneCycle, RemoteManagementRenewOneCycle),
            (OrderRule.AnnualAddOnMultiCycleZero, AnnualAddOnMultiCycleZero),
            (OrderRule.OnceMultiCycleZero, OnceMultiCycleZero),
            (OrderRule.TrialMultiCycleZero, TrialMultiCycleZero),
            (OrderRule.CloudExtensionRange, CloudExtensionRange),
            (OrderRule.DisasterRecoveryNeedsUltimate, DisasterRecoveryNeedsUltimate),
            (OrderRule.SerialNumberRequired, SerialNumberRequired),
            (OrderRule.PartnerIdOnlyForNewLicense, PartnerIdOnlyForNewLicense),
            (OrderRule.ConnectionPlanIdMatchesPlan, ConnectionPlanIdMatchesPlan),
            (OrderRule.CloudInstanceRequest, CloudInstanceRequest),
            (OrderRule.QuantityPositive, QuantityPositive),
        };

        public static IReadOnlyList<OrderProblem> Check(OrderSpec order, OrderRuleOptions? options = null)
        {
            options = options ?? OrderRuleOptions.Strict;
            return All.Where(r => options.Applies(r.Name)).SelectMany(r => r.Check(order)).ToList();
        }

        private static string ItemField(int index, string name) => $"serviceList[{index}].{name}";

        private static IEnumerable<(OrderItemSpec Item, int Index)> Items(OrderSpec order) => order.Items.Select((item, i) => (item, i));

        private static bool IsTrial(OrderSpec o) => o.Action == OrderAction.Trial;

        private static IEnumerable<OrderProblem> ItemsRequired(OrderSpec o)
        {
            if (o.Items.Count == 0)
                yield return new OrderProblem(OrderRule.ItemsRequired, "serviceList", null, "An order needs at least one plan or service.");
            if (o.Action == OrderAction.Switch && o.Items.Any(i => !i.IsPlan))
                yield return new OrderProblem(OrderRule.ItemsRequired, "serviceList", o.OperationType, "switch_plan switches a plan; it cannot carry services.");
        }

        private static IEnumerable<OrderProblem> ItemIdRequired(OrderSpec o) =>
            Items(o).Where(x => x.Item.ServiceId <= 0).Select(x => new OrderProblem(OrderRule.ItemIdRequired, ItemField(x.Index, "serviceId"), x.Item.ServiceId,
                "The plan or service ID is missing."));

        private static IEnumerable<OrderProblem> BillingIdRequired(OrderSpec o)
        {
            if (!IsTrial(o) && (o.BillingId ?? 0) <= 0)
                yield return new OrderProblem(OrderRule.BillingIdRequired, "billingId", o.BillingId, $"{o.OperationType} needs the billing contact the invoice goes to.");
        }

        private static IEnumerable<OrderProblem> BillingCycleRequired(OrderSpec o) =>
            IsTrial(o) ? Enumerable.Empty<OrderProblem>() :
            Items(o).Where(x => x.Item.BillingCycle != OrderWire.Monthly && x.Item.BillingCycle != OrderWire.Annually && x.Item.BillingCycle != OrderWire.Once)
                .Select(x => new OrderProblem(OrderRule.BillingCycleRequired, ItemField(x.Index, "billingCycle"), x.Item.BillingCycle,
                    "billingCycle must be monthly, annually or once."));

        private static IEnumerable<OrderProblem> PurchaseTypeMatchesOperation(OrderSpec o) =>
            Items(o).Where(x => x.Item.PurchaseType != OrderWire.PurchaseType(o.Action))
                .Select(x => new OrderProblem(OrderRule.PurchaseTypeMatchesOperation, ItemField(x.Index, "purchaseType"), x.Item.PurchaseType,
                    $"{o.OperationType} items carry purchaseType '{OrderWire.PurchaseType(o.Action)}'."));

        private static IEnumerable<OrderProblem> TrialOmitsBilling(OrderSpec o) =>
            !IsTrial(o) ? Enumerable.Empty<OrderProblem>() :
            Items(o).Where(x => x.Item.BillingModel != null || x.Item.BillingCycle != null)
                .Select(x => new OrderProblem(OrderRule.TrialOmitsBilling, ItemField(x.Index, "billingCycle"), x.Item.BillingCycle,
                    "A trial has no billing model or cycle."));

        private static IEnumerable<OrderProblem> PlanBillingRecurring(OrderSpec o) =>
            IsTrial(o) ? Enumerable.Empty<OrderProblem>() :
            Items(o).Where(x => x.Item.IsPlan && x.Item.BillingModel != OrderWire.Recurring)
                .Select(x => new OrderProblem(OrderRule.PlanBillingRecurring, ItemField(x.Index, "billingModel"), x.Item.BillingModel,
                    "A plan is billed 'recurring'."));

        private static IEnumerable<OrderProblem> MonthlyMultiCycleZero(OrderSpec o) =>
            Items(o).Where(x => x.Item.BillingCycle == OrderWire.Monthly && x.Item.MultiCycle != 0)
                .Select(x => new OrderProblem(OrderRule.MonthlyMultiCycleZero, ItemField(x.Index, "multiCycle"), x.Item.MultiCycle,
                    "multiCycle must be 0 when billingCycle is monthly."));

        private static bool IsRemoteManagementRenewal(OrderSpec o, OrderItemSpec item) =>
            o.ProductId == ProductIds.RemoteManagement && o.Action == OrderAction.Renew && item.IsPlan;

        private static IEnumerable<OrderProblem> AnnualPlanMultiCycle(OrderSpec o) =>
            Items(o).Where(x => x.Item.IsPlan && !IsTrial(o) && x.Item.BillingCycle == OrderWire.Annually && !IsRemoteManagementRenewal(o, x.Item)
                    && (x.Item.MultiCycle < 1 || x.Item.MultiCycle > 5))
                .Select(x => new OrderProblem(OrderRule.AnnualPlanMultiCycle, ItemField(x.Index, "multiCycle"), x.Item.MultiCycle,
                    "multiCycle must be 1 to 5 (years) when a plan is billed annually."));

        private static IEnumerable<OrderProblem> RemoteManagementRenewOneCycle(OrderSpec o) =>
            Items(o).Where(x => IsRemoteManagementRenewal(o, x.Item) && x.Item.MultiCycle != 1)
                .Select(x => new OrderProblem(OrderRule.RemoteManagementRenewOneCycle, ItemField(x.Index, "multiCycle"), x.Item.MultiCycle,
                    "A Remote Management plan renews for exactly one cycle."));

        private static IEnumerable<OrderProblem> AnnualAddOnMultiCycleZero(OrderSpec o) =>
            Items(o).Where(x => !x.Item.IsPlan && x.Item.BillingCycle == OrderWire.Annually && x.Item.MultiCycle != 0)
                .Select(x => new OrderProblem(OrderRule.AnnualAddOnMultiCycleZero, ItemField(x.Index, "multiCycle"), x.Item.MultiCycle,
                    "An annual add-on service runs with its plan or account: multiCycle 0."));

        private static IEnumerable<OrderProblem> OnceMultiCycleZero(OrderSpec o) =>
            Items(o).Where(x => x.Item.BillingCycle == OrderWire.Once && x.Item.MultiCycle != 0)
                .Select(x => new OrderProblem(OrderRule.OnceMultiCycleZero, ItemField(x.Index, "multiCycle"), x.Item.MultiCycle,
                    "multiCycle must be 0 for a one-off (once) item."));

        private static IEnumerable<OrderProblem> TrialMultiCycleZero(OrderSpec o) =>
            !IsTrial(o) ? Enumerable.Empty<OrderProblem>() :
            Items(o).Where(x => x.Item.MultiCycle != 0)
                .Select(x => new OrderProblem(OrderRule.TrialMultiCycleZero, ItemField(x.Index, "multiCycle"), x.Item.MultiCycle,
                    "multiCycle must be 0 on a trial."));

        private static IEnumerable<OrderProblem> CloudExtensionRange(OrderSpec o)
        {
            if (o.ProductId != ProductIds.CloudEdition || (o.Action != OrderAction.Purchase)) yield break;
            foreach (var (item, index) in Items(o))
            {
                if (item.IsPlan && (item.Quantity < 5 || item.Quantity > 500 || item.Quantity == null))
                    yield return new OrderProblem(OrderRule.CloudExtensionRange, ItemField(index, "quantity"), item.Quantity,
                        "A Cloud Edition instance has 5 to 500 extensions.");
            }
        }

        private static IEnumerable<OrderProblem> DisasterRecoveryNeedsUltimate(OrderSpec o)
        {
            if (o.ProductId != ProductIds.SoftwareEdition) yield break;
            var planName = o.Items.FirstOrDefault(i => i.IsPlan)?.Name;
            if (planName == null) yield break;
            foreach (var (item, index) in Items(o))
                if (IsNamed(item, "Disaster Recovery") && planName.IndexOf("Ultimate", StringComparison.OrdinalIgnoreCase) < 0)
                    yield return new OrderProblem(OrderRule.DisasterRecoveryNeedsUltimate, ItemField(index, "serviceId"), item.ServiceId,
                        $"Disaster Recovery is only available on the Ultimate Plan; the plan is {planName}.");
        }

        private static IEnumerable<OrderProblem> SerialNumberRequired(OrderSpec o)
        {
            if (!string.IsNullOrWhiteSpace(o.ProductNo) || IsTrial(o) || !ProductIds.IsDevice(o.ProductId)) yield break;
            // New licenses and instances (PSE, PCE purchase_plan) have no serial number yet.
            var newProduct = o.Action == OrderAction.Purchase && o.IsPlanOrder && (o.ProductId == ProductIds.SoftwareEdition || o.ProductId == ProductIds.CloudEdition);
            if (!newProduct)
                yield return new OrderProblem(OrderRule.SerialNumberRequired, "productNo", o.ProductNo,
                    $"{o.OperationType} of product {o.ProductId} acts on an existing device and needs its serial number.");
        }

        private static IEnumerable<OrderProblem> PartnerIdOnlyForNewLicense(OrderSpec o)
        {
            if (o.ProductId == ProductIds.SoftwareEdition && o.Action == OrderAction.Purchase && o.IsPlanOrder
                && !string.IsNullOrWhiteSpace(o.ProductNo) && !string.IsNullOrWhiteSpace(o.PartnerId))
                yield return new OrderProblem(OrderRule.PartnerIdOnlyForNewLicense, "partnerId", o.PartnerId,
                    "A PSE license takes partnerId only when it is NEW, and productNo only when it EXISTS.");
        }

        private static IEnumerable<OrderProblem> ConnectionPlanIdMatchesPlan(OrderSpec o)
        {
            var plan = o.Items.FirstOrDefault(i => i.IsPlan);
            if (plan == null) yield break;
            foreach (var (item, index) in Items(o))
                if (!item.IsPlan && item.ConnectionPlanId != null && item.ConnectionPlanId != plan.ServiceId)
                    yield return new OrderProblem(OrderRule.ConnectionPlanIdMatchesPlan, ItemField(index, "connectionPlanId"), item.ConnectionPlanId,
                        "In a plan + service order the service's connectionPlanId is the plan's ID.", expected: plan.ServiceId);
        }

        private static IEnumerable<OrderProblem> CloudInstanceRequest(OrderSpec o)
        {
            if (o.ProductId != ProductIds.CloudEdition || o.Action != OrderAction.Purchase || !o.IsPlanOrder || !string.IsNullOrWhiteSpace(o.ProductNo)) yield break;
            var pce = o.PceRequest;
            if (pce == null || string.IsNullOrWhiteSpace(pce.PbxName) || string.IsNullOrWhiteSpace(pce.RegionId) || string.IsNullOrWhiteSpace(pce.PbxSubDomainId))
                yield return new OrderProblem(OrderRule.CloudInstanceRequest, "orderPceSpecialRequest", null,
                    "A new Cloud Edition instance needs its PBX name, region and domain suffix.");
        }

        private static IEnumerable<OrderProblem> QuantityPositive(OrderSpec o) =>
            Items(o).Where(x => x.Item.Quantity != null && x.Item.Quantity < 1)
                .Select(x => new OrderProblem(OrderRule.QuantityPositive, ItemField(x.Index, "quantity"), x.Item.Quantity,
                    "quantity must be 1 or more."));

        private static bool IsNamed(OrderItemSpec item, string name) =>
            item.Name != null && item.Name.IndexOf(name, StringComparison.OrdinalIgnoreCase) >= 0;
    }
}
