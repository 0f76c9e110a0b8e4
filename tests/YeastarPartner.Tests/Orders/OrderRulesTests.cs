using YeastarPartner.Client.Models;
using YeastarPartner.Client.Orders;
using static YeastarPartner.Tests.Orders.CatalogIds;

namespace YeastarPartner.Tests.Orders;

/// <summary>One test per section-7 rule: a valid order passes, and the one change that breaks the rule is caught with field, value and fix.</summary>
public sealed class OrderRulesTests
{
    private static OrderSpec AppliancePurchase(string cycle = OrderWire.Monthly, int? multi = null) => new()
    {
        Action = OrderAction.Purchase, ProductId = 11, ProductNo = "3631E0997265", BillingId = Billing,
        Items = [new OrderItemSpec { ServiceType = OrderWire.Plan, ServiceId = ApplianceEnterprise, BillingCycle = cycle, MultiCycle = multi }],
    };

    private static OrderSpec Spec(OrderAction action, int product, string? sn, params OrderItemSpec[] items) => new()
    {
        Action = action, ProductId = product, ProductNo = sn, BillingId = action == OrderAction.Trial ? null : Billing, Items = items.ToList(),
    };

    private static OrderItemSpec Plan(long id, string? cycle, int? multi = null, int? quantity = null, string? name = null) =>
        new() { ServiceType = OrderWire.Plan, ServiceId = id, BillingCycle = cycle, MultiCycle = multi, Quantity = quantity, Name = name };

    private static OrderItemSpec Service(long id, string? cycle, int? quantity = null, long? connection = null, string? name = null, int? multi = null) =>
        new() { ServiceType = OrderWire.Service, ServiceId = id, BillingCycle = cycle, Quantity = quantity, ConnectionPlanId = connection, Name = name, MultiCycle = multi };

    /// <summary>Asserts the spec breaks exactly <paramref name="rule"/> on <paramref name="field"/>, with a message in the API's terms.</summary>
    private static OrderProblem Broken(OrderSpec spec, string rule, string field)
    {
        var result = OrderBuilder.Build(spec);
        Assert.Null(result.Request);
        var problem = Assert.Single(result.Problems);
        Assert.Equal(rule, problem.Rule);
        Assert.Equal(field, problem.Field);
        Assert.False(string.IsNullOrWhiteSpace(problem.Message));
        Assert.DoesNotContain(" -", problem.Message); // no cmdlet parameter: the client speaks wire fields
        return problem;
    }

    private static void Valid(OrderSpec spec)
    {
        var result = OrderBuilder.Build(spec);
        Assert.True(result.IsValid, string.Join("; ", result.Problems));
    }

    [Fact]
    public void The_seed_order_is_valid_and_gets_the_tutorial_defaults()
    {
        var request = OrderBuilder.Build(AppliancePurchase()).Request!;
        Assert.Equal("purchase_plan", request.OperationType);
        var item = Assert.Single(request.ServiceList);
        Assert.Equal(("purchase", "recurring", "monthly", 0), (item.PurchaseType, item.BillingModel, item.BillingCycle, item.MultiCycle));
        Assert.Equal(1, OrderBuilder.Build(AppliancePurchase(OrderWire.Annually)).Request!.ServiceList[0].MultiCycle);
    }

    [Fact]
    public void ItemsRequired_an_order_without_items_and_a_switch_with_services()
    {
        Broken(Spec(OrderAction.Purchase, 11, "SN1"), OrderRule.ItemsRequired, "serviceList");
        Broken(Spec(OrderAction.Switch, 11, "SN1", Plan(ApplianceUltimate, OrderWire.Monthly), Service(HotelModule, OrderWire.Once)), OrderRule.ItemsRequired, "serviceList");
    }

    [Fact]
    public void ItemIdRequired() => Broken(Spec(OrderAction.Purchase, 11, "SN1", Plan(0, OrderWire.Monthly)), OrderRule.ItemIdRequired, "serviceList[0].serviceId");

    [Fact]
    public void BillingIdRequired_except_on_trials()
    {
        var spec = AppliancePurchase();
        spec.BillingId = null;
        Broken(spec, OrderRule.BillingIdRequired, "billingId");
        Valid(Spec(OrderAction.Trial, 15, null, Plan(RemoteManagement, null)));
    }

    [Fact]
    public void BillingCycleRequired() =>
        Assert.Equal("weekly", Broken(Spec(OrderAction.Purchase, 11, "SN1", Plan(ApplianceEnterprise, "weekly", 0)), OrderRule.BillingCycleRequired, "serviceList[0].billingCycle").Value);

    [Fact]
    public void Rule1_MonthlyMultiCycleZero() =>
        Assert.Equal(2, Broken(AppliancePurchase(OrderWire.Monthly, 2), OrderRule.MonthlyMultiCycleZero, "serviceList[0].multiCycle").Value);

    [Theory]
    [InlineData(0)]
    [InlineData(6)]
    public void Rule2_AnnualPlanMultiCycle_is_1_to_5(int multi) =>
        Broken(AppliancePurchase(OrderWire.Annually, multi), OrderRule.AnnualPlanMultiCycle, "serviceList[0].multiCycle");

    [Fact]
    public void Rule2_RemoteManagementRenewOneCycle()
    {
        Broken(Spec(OrderAction.Renew, 15, null, Plan(RemoteManagement, OrderWire.Annually, 2)), OrderRule.RemoteManagementRenewOneCycle, "serviceList[0].multiCycle");
        Valid(Spec(OrderAction.Renew, 15, null, Plan(RemoteManagement, OrderWire.Annually)));
    }

    [Fact]
    public void Rule2_AnnualAddOnMultiCycleZero_is_inferred_and_relaxable()
    {
        var spec = Spec(OrderAction.Purchase, 21, null, Service(RmPremium21, OrderWire.Annually, 5, multi: 1));
        Broken(spec, OrderRule.AnnualAddOnMultiCycleZero, "serviceList[0].multiCycle");
        Assert.True(OrderBuilder.Build(spec, new OrderRuleOptions().Relax(OrderRule.AnnualAddOnMultiCycleZero)).IsValid);
    }

    [Fact]
    public void Rule3_OnceMultiCycleZero() =>
        Broken(Spec(OrderAction.Purchase, 11, "SN1", Service(HotelModule, OrderWire.Once, multi: 1)), OrderRule.OnceMultiCycleZero, "serviceList[0].multiCycle");

    [Fact]
    public void Rule4_TrialMultiCycleZero() =>
        Broken(Spec(OrderAction.Trial, 15, null, Plan(RemoteManagement, null, 1)), OrderRule.TrialMultiCycleZero, "serviceList[0].multiCycle");

    [Theory]
    [InlineData(4)]
    [InlineData(501)]
    public void Rule9_CloudExtensionRange_on_purchase(int quantity)
    {
        var spec = Spec(OrderAction.Purchase, 13, null, Plan(PceEnterprise, OrderWire.Annually, 1, quantity));
        spec.PceRequest = new PceSpecialRequest { PbxName = "x", RegionId = "1", PbxSubDomainId = "11" };
        Broken(spec, OrderRule.CloudExtensionRange, "serviceList[0].quantity");
    }

    [Fact]
    public void Rule11_DisasterRecoveryNeedsUltimate_in_an_order_with_its_plan()
    {
        var spec = Spec(OrderAction.Purchase, 12, null, Plan(PseEnterprise, OrderWire.Annually, 1, 10, "Enterprise Plan"),
            Service(PseDisasterRecovery, OrderWire.Annually, 1, PseEnterprise, "Disaster Recovery"));
        Broken(spec, OrderRule.DisasterRecoveryNeedsUltimate, "serviceList[1].serviceId");
        spec.Items[0] = Plan(PseUltimate, OrderWire.Annually, 1, 10, "Ultimate Plan");
        spec.Items[1].ConnectionPlanId = PseUltimate;
        Valid(spec);
    }

    [Fact]
    public void Rule12_SerialNumberRequired_for_existing_devices_only()
    {
        var spec = AppliancePurchase();
        spec.ProductNo = " ";
        Broken(spec, OrderRule.SerialNumberRequired, "productNo");
        Valid(Spec(OrderAction.Purchase, 12, null, Plan(PseEnterprise, OrderWire.Annually, 1, 10)));
        Valid(Spec(OrderAction.Purchase, 20, null, Service(RmPremium20, OrderWire.Annually, 5)));
    }

    [Fact]
    public void Rule13_PartnerIdOnlyForNewLicense()
    {
        var spec = Spec(OrderAction.Purchase, 12, "PSE1", Plan(PseEnterprise, OrderWire.Annually, 1, 10));
        spec.PartnerId = Partner;
        Broken(spec, OrderRule.PartnerIdOnlyForNewLicense, "partnerId");
    }

    [Fact]
    public void ConnectionPlanIdMatchesPlan_in_a_combined_order_names_the_plan_expected()
    {
        Broken(Spec(OrderAction.Purchase, 14, null, Plan(Turnkey, OrderWire.Annually, 1, 10), Service(TurnkeyExtensions, OrderWire.Annually, 10, PseEnterprise)),
            OrderRule.ConnectionPlanIdMatchesPlan, "serviceList[1].connectionPlanId");
        Assert.Equal(Turnkey, OrderBuilder.Build(Spec(OrderAction.Purchase, 14, null, Plan(Turnkey, OrderWire.Annually, 1, 10), Service(TurnkeyExtensions, OrderWire.Annually, 10, PseEnterprise))).Problems[0].Expected);
    }

    [Fact]
    public void CloudInstanceRequest_is_needed_for_a_new_cloud_edition() =>
        Broken(Spec(OrderAction.Purchase, 13, null, Plan(PceEnterprise, OrderWire.Annually, 1, 20)), OrderRule.CloudInstanceRequest, "orderPceSpecialRequest");

    [Fact]
    public void PurchaseTypeMatchesOperation_is_inferred()
    {
        var spec = AppliancePurchase();
        spec.Items[0].PurchaseType = "renew";
        Broken(spec, OrderRule.PurchaseTypeMatchesOperation, "serviceList[0].purchaseType");
    }

    [Fact]
    public void TrialOmitsBilling_is_inferred() =>
        Broken(Spec(OrderAction.Trial, 15, null, Plan(RemoteManagement, OrderWire.Annually, 0)), OrderRule.TrialOmitsBilling, "serviceList[0].billingCycle");

    [Fact]
    public void PlanBillingRecurring_is_inferred()
    {
        var spec = AppliancePurchase();
        spec.Items[0].BillingModel = "once";
        Broken(spec, OrderRule.PlanBillingRecurring, "serviceList[0].billingModel");
    }

    [Fact]
    public void QuantityPositive() =>
        Broken(Spec(OrderAction.Purchase, 20, null, Service(RmPremium20, OrderWire.Annually, 0)), OrderRule.QuantityPositive, "serviceList[0].quantity");

    [Fact]
    public void Documented_rules_cannot_be_relaxed() =>
        Assert.Throws<ArgumentException>(() => new OrderRuleOptions().Relax(OrderRule.MonthlyMultiCycleZero));

    [Fact]
    public void Building_does_not_change_the_callers_spec()
    {
        var spec = AppliancePurchase();
        OrderBuilder.Build(spec);
        Assert.Null(spec.Items[0].PurchaseType);
        Assert.Null(spec.Items[0].MultiCycle);
    }
}
