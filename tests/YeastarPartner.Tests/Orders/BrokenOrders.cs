using YeastarPartner.Client.Models;
using YeastarPartner.Client.Orders;
using static YeastarPartner.Tests.Orders.CatalogIds;

namespace YeastarPartner.Tests.Orders;

/// <summary>
/// An order that breaks exactly one client rule: <see cref="Rule"/> on the wire field <see cref="Field"/>.
/// <see cref="SandboxRule"/> is the sandbox rule (docs/sandbox.md) that refuses the same order, or null where
/// the sandbox refuses it as malformed, which no switch turns off. <see cref="Spec"/> makes a fresh order
/// each call, so no test sees another's changes.
/// </summary>
public sealed record BrokenOrder(string Name, string Rule, string Field, string? SandboxRule, Func<OrderSpec> Spec)
{
    public override string ToString() => Name;
}

/// <summary>
/// The one table of broken orders, one or more per client rule: <see cref="OrderRulesTests"/> checks the
/// client's answer to each, <see cref="RuleAgreementTests"/> the sandbox's. Each order is otherwise valid for
/// the client and for the seeded sandbox too (seeded serial numbers, the seeded billing contact and partner),
/// so both sides can only refuse it for the one rule it breaks.
/// </summary>
public static class BrokenOrders
{
    /// <summary>Seeded: product 11 on the Enterprise plan, monthly.</summary>
    public const string Appliance = "3631E3418911";
    /// <summary>The seed tutorial's device (section 16), not seeded: a purchase_plan needs no existing product.</summary>
    public const string TutorialAppliance = "3631E0997265";
    /// <summary>Seeded: product 12 on the Enterprise plan, 50 extensions.</summary>
    public const string Pse = "3651A0009415";

    public static OrderSpec AppliancePurchase(string cycle = OrderWire.Monthly, int? multi = null) => new()
    {
        Action = OrderAction.Purchase, ProductId = 11, ProductNo = TutorialAppliance, BillingId = Billing,
        Items = [new OrderItemSpec { ServiceType = OrderWire.Plan, ServiceId = ApplianceEnterprise, BillingCycle = cycle, MultiCycle = multi }],
    };

    public static OrderSpec Spec(OrderAction action, int product, string? sn, params OrderItemSpec[] items) => new()
    {
        Action = action, ProductId = product, ProductNo = sn, BillingId = action == OrderAction.Trial ? null : Billing, Items = items.ToList(),
    };

    public static OrderItemSpec Plan(long id, string? cycle, int? multi = null, int? quantity = null, string? name = null) =>
        new() { ServiceType = OrderWire.Plan, ServiceId = id, BillingCycle = cycle, MultiCycle = multi, Quantity = quantity, Name = name };

    public static OrderItemSpec Service(long id, string? cycle, int? quantity = null, long? connection = null, string? name = null, int? multi = null) =>
        new() { ServiceType = OrderWire.Service, ServiceId = id, BillingCycle = cycle, Quantity = quantity, ConnectionPlanId = connection, Name = name, MultiCycle = multi };

    private static OrderSpec With(OrderSpec spec, Action<OrderSpec> change)
    {
        change(spec);
        return spec;
    }

    private static OrderSpec NewCloudEdition(int quantity) => With(Spec(OrderAction.Purchase, 13, null, Plan(PceEnterprise, OrderWire.Annually, 1, quantity)),
        s => s.PceRequest = new PceSpecialRequest { PbxName = "x", RegionId = "1", PbxSubDomainId = "11" });

    public static IReadOnlyList<BrokenOrder> All { get; } =
    [
        new("ItemsRequired: an order without items", OrderRule.ItemsRequired, "serviceList", null,
            () => Spec(OrderAction.Purchase, 11, Appliance)),
        new("ItemsRequired: a switch with a service", OrderRule.ItemsRequired, "serviceList", "switch-plans-only",
            () => Spec(OrderAction.Switch, 11, Appliance, Plan(ApplianceUltimate, OrderWire.Monthly), Service(HotelModule, OrderWire.Once))),
        new("ItemIdRequired", OrderRule.ItemIdRequired, "serviceList[0].serviceId", null,
            () => Spec(OrderAction.Purchase, 11, Appliance, Plan(0, OrderWire.Monthly))),
        new("BillingIdRequired", OrderRule.BillingIdRequired, "billingId", "billing-contact",
            () => With(AppliancePurchase(), s => s.BillingId = null)),
        new("BillingCycleRequired: weekly", OrderRule.BillingCycleRequired, "serviceList[0].billingCycle", "billing-cycle",
            () => Spec(OrderAction.Purchase, 11, Appliance, Plan(ApplianceEnterprise, "weekly", 0))),
        new("Rule 1 MonthlyMultiCycleZero: 2", OrderRule.MonthlyMultiCycleZero, "serviceList[0].multiCycle", "multicycle",
            () => AppliancePurchase(OrderWire.Monthly, 2)),
        new("Rule 2 AnnualPlanMultiCycle: 0", OrderRule.AnnualPlanMultiCycle, "serviceList[0].multiCycle", "multicycle",
            () => AppliancePurchase(OrderWire.Annually, 0)),
        new("Rule 2 AnnualPlanMultiCycle: 6", OrderRule.AnnualPlanMultiCycle, "serviceList[0].multiCycle", "multicycle",
            () => AppliancePurchase(OrderWire.Annually, 6)),
        new("Rule 2 RemoteManagementRenewOneCycle: 2", OrderRule.RemoteManagementRenewOneCycle, "serviceList[0].multiCycle", "multicycle",
            () => Spec(OrderAction.Renew, 15, null, Plan(RemoteManagement, OrderWire.Annually, 2))),
        new("Rule 2 AnnualAddOnMultiCycleZero: 1", OrderRule.AnnualAddOnMultiCycleZero, "serviceList[0].multiCycle", "multicycle",
            () => Spec(OrderAction.Purchase, 21, null, Service(RmPremium21, OrderWire.Annually, 5, multi: 1))),
        new("Rule 3 OnceMultiCycleZero: 1", OrderRule.OnceMultiCycleZero, "serviceList[0].multiCycle", "multicycle",
            () => Spec(OrderAction.Purchase, 11, Appliance, Service(HotelModule, OrderWire.Once, multi: 1))),
        new("Rule 4 TrialMultiCycleZero: 1", OrderRule.TrialMultiCycleZero, "serviceList[0].multiCycle", "multicycle",
            () => Spec(OrderAction.Trial, 15, null, Plan(RemoteManagement, null, 1))),
        new("Rule 9 CloudExtensionRange: 4", OrderRule.CloudExtensionRange, "serviceList[0].quantity", "pce-quantity",
            () => NewCloudEdition(4)),
        new("Rule 9 CloudExtensionRange: 501", OrderRule.CloudExtensionRange, "serviceList[0].quantity", "pce-quantity",
            () => NewCloudEdition(501)),
        new("Rule 11 DisasterRecoveryNeedsUltimate", OrderRule.DisasterRecoveryNeedsUltimate, "serviceList[1].serviceId", "dr-ultimate",
            () => Spec(OrderAction.Purchase, 12, null, Plan(PseEnterprise, OrderWire.Annually, 1, 10, "Enterprise Plan"),
                Service(PseDisasterRecovery, OrderWire.Annually, 1, PseEnterprise, "Disaster Recovery"))),
        new("Rule 12 SerialNumberRequired: blank", OrderRule.SerialNumberRequired, "productNo", "serial-required",
            () => With(AppliancePurchase(), s => s.ProductNo = " ")),
        new("Rule 13 PartnerIdOnlyForNewLicense", OrderRule.PartnerIdOnlyForNewLicense, "partnerId", "partner-new-license",
            () => With(Spec(OrderAction.Purchase, 12, Pse, Plan(PseEnterprise, OrderWire.Annually, 1, 10)), s => s.PartnerId = Partner)),
        new("ConnectionPlanIdMatchesPlan", OrderRule.ConnectionPlanIdMatchesPlan, "serviceList[1].connectionPlanId", "connection-plan",
            () => Spec(OrderAction.Purchase, 14, null, Plan(Turnkey, OrderWire.Annually, 1, 10), Service(TurnkeyExtensions, OrderWire.Annually, 10, PseEnterprise))),
        new("CloudInstanceRequest", OrderRule.CloudInstanceRequest, "orderPceSpecialRequest", "pce-request",
            () => Spec(OrderAction.Purchase, 13, null, Plan(PceEnterprise, OrderWire.Annually, 1, 20))),
        new("PurchaseTypeMatchesOperation: renew in a purchase", OrderRule.PurchaseTypeMatchesOperation, "serviceList[0].purchaseType", "purchase-type",
            () => With(AppliancePurchase(), s => s.Items[0].PurchaseType = "renew")),
        new("TrialOmitsBilling: annually", OrderRule.TrialOmitsBilling, "serviceList[0].billingCycle", "trial-billing",
            () => Spec(OrderAction.Trial, 15, null, Plan(RemoteManagement, OrderWire.Annually, 0))),
        new("PlanBillingRecurring: once", OrderRule.PlanBillingRecurring, "serviceList[0].billingModel", "billing-model",
            () => With(AppliancePurchase(), s => s.Items[0].BillingModel = "once")),
        new("QuantityPositive: 0", OrderRule.QuantityPositive, "serviceList[0].quantity", "quantity-positive",
            () => Spec(OrderAction.Purchase, 20, null, Service(RmPremium20, OrderWire.Annually, 0))),
    ];

    public static TheoryData<BrokenOrder> Cases()
    {
        var data = new TheoryData<BrokenOrder>();
        foreach (var order in All) data.Add(order);
        return data;
    }

    public static BrokenOrder Named(string name) => All.Single(o => o.Name == name);
}
