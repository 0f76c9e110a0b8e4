using System.Text.Json.Nodes;
using YeastarPartner.Tests.Infrastructure;
using YeastarPartner.Tests.Orders;
using static YeastarPartner.Tests.Orders.CatalogIds;

namespace YeastarPartner.Tests.Sandbox;

/// <summary>
/// The seed tutorial's order (API reference section 16) as raw JSON: the sandbox accepts it as the docs print
/// it and refuses each one-field change the tutorial rules out with HTTP 400 naming that field, storing
/// nothing. Raw bodies, so these are the sandbox's own checks, not the client's.
/// </summary>
public sealed class AppliancePurchaseRulesTests : IClassFixture<SandboxFixture>, IDisposable
{
    private readonly SandboxFixture _sandbox;
    private readonly RawOrderPoster _poster;

    public AppliancePurchaseRulesTests(SandboxFixture sandbox)
    {
        _sandbox = sandbox;
        _sandbox.Reset();
        _poster = new RawOrderPoster(sandbox.Url);
    }

    /// <summary>One change to the seed body; <see cref="Field"/> is the result.field of the refusal, null when it is accepted.</summary>
    public sealed record Change(string Name, Action<JsonObject> Apply, string? Field)
    {
        public override string ToString() => Name;
    }

    private static JsonObject Plan(JsonObject body) => body["serviceList"]![0]!.AsObject();

    private static Change OnPlan(string name, Action<JsonObject> apply, string? field) => new(name, b => apply(Plan(b)), field);

    public static TheoryData<Change> Accepted() => new()
    {
        new("as the tutorial prints it", _ => { }, null),
        OnPlan("annually for 1 year", p => { p["billingCycle"] = "annually"; p["multiCycle"] = 1; }, null),
        OnPlan("annually for 5 years", p => { p["billingCycle"] = "annually"; p["multiCycle"] = 5; }, null),
        OnPlan("the Standard plan", p => p["serviceId"] = ApplianceStandard, null),
        OnPlan("the Ultimate plan", p => p["serviceId"] = ApplianceUltimate, null),
    };

    public static TheoryData<Change> Refused() => new()
    {
        new("without productNo", b => b.Remove("productNo"), "productNo"),
        new("with a blank productNo", b => b["productNo"] = "  ", "productNo"),
        new("without billingId", b => b.Remove("billingId"), "billingId"),
        new("with a billingId that is no billing contact", b => b["billingId"] = Billing + 1, "billingId"),
        new("with billingId as a string", b => b["billingId"] = Billing.ToString(), "billingId"),
        new("with billingId as a double", b => b["billingId"] = (double)Billing, "billingId"),
        new("without serviceList", b => b.Remove("serviceList"), "serviceList"),
        new("with an empty serviceList", b => b["serviceList"] = new JsonArray(), "serviceList"),
        OnPlan("with serviceId as a string", p => p["serviceId"] = ApplianceEnterprise.ToString(), "serviceList.serviceId"),
        OnPlan("with serviceId as a double", p => p["serviceId"] = (double)ApplianceEnterprise, "serviceList.serviceId"),
        OnPlan("with a plan of product 13", p => p["serviceId"] = PceEnterprise, "serviceList.serviceId"),
        OnPlan("with the Hotel Module as the plan", p => p["serviceId"] = HotelModule, "serviceList.serviceId"),
        new("with the Hotel Module next to the plan", b => b["serviceList"]!.AsArray().Add(new JsonObject
        {
            ["serviceId"] = HotelModule, ["serviceType"] = "service", ["purchaseType"] = "purchase",
            ["billingModel"] = "once", ["billingCycle"] = "once", ["multiCycle"] = 0,
        }), "serviceList.serviceId"),
        OnPlan("with serviceType service", p => p["serviceType"] = "service", "serviceList.serviceType"),
        OnPlan("with purchaseType renew", p => p["purchaseType"] = "renew", "serviceList.purchaseType"),
        OnPlan("with billingModel once", p => p["billingModel"] = "once", "serviceList.billingModel"),
        OnPlan("with billingCycle once", p => p["billingCycle"] = "once", "serviceList.billingCycle"),
        OnPlan("without billingCycle", p => p.Remove("billingCycle"), "serviceList.billingCycle"),
        OnPlan("with multiCycle as a string", p => p["multiCycle"] = "0", "serviceList.multiCycle"),
        OnPlan("monthly with multiCycle 1", p => p["multiCycle"] = 1, "serviceList.multiCycle"),
        OnPlan("annually with multiCycle 0", p => p["billingCycle"] = "annually", "serviceList.multiCycle"),
        OnPlan("annually with multiCycle 6", p => { p["billingCycle"] = "annually"; p["multiCycle"] = 6; }, "serviceList.multiCycle"),
    };

    private async Task<OrderReply> PostAsync(Change change)
    {
        var body = JsonNode.Parse(SeedTutorial.Body)!.AsObject();
        change.Apply(body);
        return await _poster.PostAsync(body.ToJsonString());
    }

    [Theory]
    [MemberData(nameof(Accepted))]
    public async Task Accepts_the_seed_order(Change change)
    {
        var reply = await PostAsync(change);
        Assert.True(reply.Status == 200, reply.ToString());
        Assert.Single(_sandbox.Server.Store.Orders);
    }

    [Theory]
    [MemberData(nameof(Refused))]
    public async Task Refuses_the_seed_order_changed_and_names_the_field(Change change)
    {
        var reply = await PostAsync(change);
        Assert.Equal((400, "parameter_validation_failed", change.Field), (reply.Status, (string?)reply.Envelope["code"], reply.Field));
        Assert.Empty(_sandbox.Server.Store.Orders);
    }

    /// <summary>The Appliance purchase has no rules of its own: the sandbox's switches reach it like any order.</summary>
    [Theory]
    [InlineData("multicycle", "monthly with multiCycle 1")]
    [InlineData("appliance-plans-only", "with the Hotel Module next to the plan")]
    [InlineData("billing-contact", "with a billingId that is no billing contact")]
    [InlineData("serial-required", "without productNo")]
    [InlineData("purchase-type", "with purchaseType renew")]
    [InlineData("billing-model", "with billingModel once")]
    public async Task A_rule_switched_off_lets_the_change_through(string rule, string change)
    {
        _sandbox.Server.Options.DisabledRules.Add(rule);
        var reply = await PostAsync(Refused().Cast<object[]>().Select(row => (Change)row[0]).Single(c => c.Name == change));
        Assert.True(reply.Status == 200, reply.ToString());
        Assert.Single(_sandbox.Server.Store.Orders);
    }

    public void Dispose() => _poster.Dispose();
}
