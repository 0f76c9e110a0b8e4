using YeastarPartner.Client.Models;
using YeastarPartner.Client.Orders;
using YeastarPartner.Orders;

namespace YeastarPartner.Tests.Orders;

/// <summary>The order rows of New-YsPlanOrder and New-YsServiceOrder (OrderRowFactory): plan names, journal keys and rule problems as row errors.</summary>
public sealed class OrderRowTests
{
    private const string Contact = "3197218168379846218";

    private static OrderRow? Plan(OrderRowInput input, PlanNames plans, out RowProblem? problem) =>
        OrderRowFactory.Create(input, OrderRowKind.Plan, (_, _) => plans, out problem);

    private static OrderRow? Service(OrderRowInput input, out RowProblem? problem) =>
        OrderRowFactory.Create(input, OrderRowKind.Service, (_, _) => throw new InvalidOperationException("A service row never asks for plan names."), out problem);

    private static readonly PlanNames CloudPlans = PlanNames.FromPlans(new[]
    {
        new OfferingItem { Id = 3048571730026938368, Name = "Enterprise Plan", ServiceType = "plan" },
        new OfferingItem { Id = 3048572026291630080, Name = "Ultimate Plan", ServiceType = "plan" },
        new OfferingItem { Id = 3048573516041273344, Name = "Extension Expansion", ServiceType = "service" },
    });

    [Theory]
    [InlineData("Enterprise")]
    [InlineData("enterprise plan")]
    [InlineData(" Enterprise Plan ")]
    public void A_plan_name_matches_with_or_without_the_word_plan(string typed)
    {
        Assert.True(CloudPlans.TryFind(typed, out var name, out var id));
        Assert.Equal("Enterprise", name);
        Assert.Equal(3048571730026938368, id);
    }

    [Fact]
    public void Services_are_not_plan_names_and_only_appliance_edition_has_published_plans()
    {
        Assert.False(CloudPlans.TryFind("Extension Expansion", out _, out _));
        Assert.Equal(new[] { "Standard", "Enterprise", "Ultimate" }, PlanNames.Published(11).Names);
        Assert.Empty(PlanNames.Published(13).Names);
    }

    [Fact]
    public void Live_appliance_names_win_and_published_ones_fill_the_gaps()
    {
        var live = PlanNames.FromPlans(new[] { new OfferingItem { Id = 42, Name = "Standard Plan", ServiceType = "plan" } }).ThenPublished(11);

        Assert.True(live.TryFind("Standard", out _, out var standard));
        Assert.Equal(42, standard);
        Assert.True(live.TryFind("Ultimate", out _, out var ultimate));
        Assert.Equal(3048560606464323584, ultimate);
    }

    [Fact]
    public void The_journal_key_is_the_serial_number_in_upper_case_or_what_a_new_product_orders_and_for_whom_never_its_row()
    {
        var device = Plan(new OrderRowInput { SerialNumber = " 3631e3418911 ", Plan = "Enterprise", BillingContactId = Contact }, CloudPlans, out _)!;
        Assert.Equal("3631E3418911", device.Key);
        Assert.Equal("3631E3418911", device.SerialNumber);

        OrderRowInput NewLicense(string? partner, string plan, string? key = null) => new()
        {
            ProductIdText = "12", Plan = plan, BillingCycle = "Annually", QuantityText = "50", BillingContactId = Contact, PartnerId = partner, OrderKey = key,
        };
        var pse = PlanNames.FromPlans(new[] { new OfferingItem { Id = 3300000000000012001, Name = "Enterprise Plan", ServiceType = "plan" }, new OfferingItem { Id = 3300000000000012002, Name = "Ultimate Plan", ServiceType = "plan" } });
        var forColor = Plan(NewLicense("3076913644890832901", "Enterprise"), pse, out _)!;
        Assert.Equal("new:12:purchase_plan:3300000000000012001:3076913644890832901", forColor.Key);
        Assert.Null(forColor.SerialNumber);
        Assert.Equal("new product 12, for subordinate user 3076913644890832901", forColor.Label);
        Assert.Equal(forColor.Key, Plan(NewLicense("3076913644890832901", "Enterprise"), pse, out _)!.Key);
        Assert.NotEqual(forColor.Key, Plan(NewLicense("3076913644890832901", "Ultimate"), pse, out _)!.Key);
        Assert.NotEqual(forColor.Key, Plan(NewLicense(null, "Enterprise"), pse, out _)!.Key);
        Assert.Equal("key:Contoso-2", Plan(NewLicense(null, "Enterprise", " Contoso-2 "), pse, out _)!.Key);
        var labelled = Plan(new OrderRowInput { SerialNumber = "3631e3418911", Plan = "Enterprise", BillingContactId = Contact, OrderKey = " PO-9 " }, CloudPlans, out _)!;
        Assert.Equal("3631E3418911", labelled.Key);
        Assert.Equal("PO-9", labelled.ToJournalEntry().OrderKey);
        Assert.True(OrderKey.IsNewProduct(forColor.Key));
        Assert.False(OrderKey.IsNewProduct(device.Key));
    }

    [Fact]
    public void A_cloud_instance_purchase_builds_the_pce_request_and_keys_by_pbx_name()
    {
        var input = new OrderRowInput
        {
            ProductIdText = "13", Plan = "Ultimate", BillingCycle = "Annually", QuantityText = "20", BillingContactId = Contact,
            PbxName = "Contoso PBX", RegionId = "1", PbxSubDomainId = "11", PbxSubDomain = "contoso",
        };

        var row = Plan(input, CloudPlans, out var problem);

        Assert.Null(problem);
        Assert.Equal("new:13:purchase_plan:3048572026291630080:own:Contoso PBX", row!.Key);
        var body = row.ToOrderRequest();
        Assert.Equal("purchase_plan", body.OperationType);
        Assert.Null(body.ProductNo);
        Assert.Equal(3048572026291630080, body.ServiceList[0].ServiceId);
        Assert.Equal(1, body.ServiceList[0].MultiCycle);
        Assert.Equal("contoso", body.OrderPceSpecialRequest!.PbxSubDomain);
    }

    [Fact]
    public void A_rule_violation_becomes_a_row_problem_named_after_the_rule_in_the_users_words_with_the_wire_field_in_the_details()
    {
        var input = new OrderRowInput { ProductIdText = "13", Plan = "Enterprise", BillingCycle = "Annually", QuantityText = "600", BillingContactId = Contact, PbxName = "P", RegionId = "1", PbxSubDomainId = "11" };

        Assert.Null(Plan(input, CloudPlans, out var problem));

        Assert.Equal(OrderRule.CloudExtensionRange, problem!.ErrorId);
        var message = problem.MessageFor(3, null);
        Assert.StartsWith("Row 3: a Cloud Edition instance has 5 to 500 extensions, not 600.", message);
        Assert.Contains("-Quantity 5 to 500", message);
        Assert.StartsWith("CloudExtensionRange: serviceList[0].quantity = 600:", problem.Detail);
    }

    [Fact]
    public void A_trial_needs_no_billing_contact_and_refuses_a_billing_cycle()
    {
        var trial = new OrderRowInput { OperationText = "Trial", ProductIdText = "13", SerialNumber = "PCE000000013", Plan = "Enterprise" };
        Assert.NotNull(Plan(trial, CloudPlans, out var none));
        Assert.Null(none);

        trial.BillingCycle = "Monthly";
        Assert.Null(Plan(trial, CloudPlans, out var problem));
        Assert.Equal(OrderRule.TrialOmitsBilling, problem!.ErrorId);
    }

    [Theory]
    [InlineData("abc", "ServiceIdInvalid")]
    [InlineData("", "ServiceIdMissing")]
    [InlineData("3.2E+18", "ServiceIdInvalid")]
    public void A_service_id_that_is_not_a_64_bit_integer_is_the_rows_error(string serviceId, string errorId)
    {
        var input = new OrderRowInput { ProductIdText = "11", SerialNumber = "3631E3418911", ItemId = serviceId, BillingCycle = "Once", BillingContactId = Contact };

        Assert.Null(Service(input, out var problem));
        Assert.Equal(errorId, problem!.ErrorId);
    }

    [Fact]
    public void A_service_order_keeps_all_19_digits_and_defaults_multicycle_to_zero()
    {
        var input = new OrderRowInput { OperationText = "Renew", ProductIdText = "13", SerialNumber = "PCE000000013", ItemId = "3048573516041273344", QuantityText = "20", BillingCycle = "annually", BillingContactId = Contact };

        var row = Service(input, out var problem);

        Assert.Null(problem);
        var item = row!.ToOrderRequest().ServiceList[0];
        Assert.Equal("renew_service", row.ToOrderRequest().OperationType);
        Assert.Equal(3048573516041273344, item.ServiceId);
        Assert.Equal(3197218168379846218, row.ToOrderRequest().BillingId);
        Assert.Equal(0, item.MultiCycle);
        Assert.Equal("PCE000000013", row.SerialNumber);
        Assert.Equal("PCE000000013", row.Key);
    }

    [Fact]
    public void Every_rule_of_the_client_has_a_fix_in_the_cmdlets_terms()
    {
        var rules = typeof(OrderRule).GetFields().Where(f => f.IsLiteral).Select(f => (string)f.GetRawConstantValue()!).ToList();
        Assert.NotEmpty(rules);
        var fallback = RuleFixes.For(new OrderProblem("NoSuchRule", "x", null, "x"));
        foreach (var rule in rules)
            Assert.NotEqual(fallback, RuleFixes.For(new OrderProblem(rule, "x", null, "x", expected: 1L)));
    }
}
