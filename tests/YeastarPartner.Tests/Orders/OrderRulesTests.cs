using System.Reflection;
using YeastarPartner.Client.Orders;
using static YeastarPartner.Tests.Orders.BrokenOrders;
using static YeastarPartner.Tests.Orders.CatalogIds;

namespace YeastarPartner.Tests.Orders;

/// <summary>
/// The section-7 rules of the client: each broken order of <see cref="BrokenOrders"/> is caught with its rule
/// and field only, and the valid neighbours of the rules pass.
/// </summary>
public sealed class OrderRulesTests
{
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

    private static OrderProblem Broken(string name)
    {
        var order = Named(name);
        return Broken(order.Spec(), order.Rule, order.Field);
    }

    private static void Valid(OrderSpec spec)
    {
        var result = OrderBuilder.Build(spec);
        Assert.True(result.IsValid, string.Join("; ", result.Problems));
    }

    [Theory]
    [MemberData(nameof(BrokenOrders.Cases), MemberType = typeof(BrokenOrders))]
    public void Each_broken_order_breaks_its_rule_only_on_its_field(BrokenOrder order) => Broken(order.Spec(), order.Rule, order.Field);

    [Fact]
    public void Every_rule_has_a_broken_order_in_the_table()
    {
        var rules = typeof(OrderRule).GetFields(BindingFlags.Public | BindingFlags.Static)
            .Where(f => f.IsLiteral && f.FieldType == typeof(string)).Select(f => (string)f.GetRawConstantValue()!);
        Assert.Empty(rules.Except(BrokenOrders.All.Select(o => o.Rule)));
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
    public void BillingIdRequired_except_on_trials() => Valid(Spec(OrderAction.Trial, 15, null, Plan(RemoteManagement, null)));

    [Fact]
    public void BillingCycleRequired_names_the_value() => Assert.Equal("weekly", Broken("BillingCycleRequired: weekly").Value);

    [Fact]
    public void Rule1_MonthlyMultiCycleZero_names_the_value() => Assert.Equal(2, Broken("Rule 1 MonthlyMultiCycleZero: 2").Value);

    [Fact]
    public void Rule2_a_RemoteManagement_renewal_defaults_to_its_one_cycle() =>
        Valid(Spec(OrderAction.Renew, 15, null, Plan(RemoteManagement, OrderWire.Annually)));

    [Fact]
    public void Rule2_AnnualAddOnMultiCycleZero_is_inferred_and_relaxable()
    {
        var spec = Named("Rule 2 AnnualAddOnMultiCycleZero: 1").Spec();
        Assert.True(OrderBuilder.Build(spec, new OrderRuleOptions().Relax(OrderRule.AnnualAddOnMultiCycleZero)).IsValid);
    }

    [Fact]
    public void Rule11_DisasterRecovery_on_the_Ultimate_plan_is_valid()
    {
        var spec = Named("Rule 11 DisasterRecoveryNeedsUltimate").Spec();
        spec.Items[0] = Plan(PseUltimate, OrderWire.Annually, 1, 10, "Ultimate Plan");
        spec.Items[1].ConnectionPlanId = PseUltimate;
        Valid(spec);
    }

    [Fact]
    public void Rule12_SerialNumberRequired_for_existing_devices_only()
    {
        Valid(Spec(OrderAction.Purchase, 12, null, Plan(PseEnterprise, OrderWire.Annually, 1, 10)));
        Valid(Spec(OrderAction.Purchase, 20, null, Service(RmPremium20, OrderWire.Annually, 5)));
    }

    [Fact]
    public void ConnectionPlanIdMatchesPlan_names_the_plan_expected() =>
        Assert.Equal(Turnkey, Broken("ConnectionPlanIdMatchesPlan").Expected);

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
