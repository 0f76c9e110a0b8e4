using System.Security;
using System.Text.Json.Nodes;
using YeastarPartner.Client;
using YeastarPartner.Client.Auth;
using YeastarPartner.Client.Models;
using YeastarPartner.Client.Orders;
using YeastarPartner.Tests.Infrastructure;
using static YeastarPartner.Tests.Orders.CatalogIds;

namespace YeastarPartner.Tests.Orders;

/// <summary>
/// The 34 tutorial scenarios of API reference section 12: each order is built with the client's
/// builder, sent to the sandbox (which enforces the section-7 rules), and the body the sandbox stored is
/// checked against the scenario's fixed values. "?" in the table = not checked.
/// </summary>
public sealed class TutorialScenarioTests : IClassFixture<SandboxFixture>
{
    private readonly SandboxFixture _sandbox;

    public TutorialScenarioTests(SandboxFixture sandbox) => _sandbox = sandbox;

    /// <summary>What the table fixes for the first item: purchaseType, billingModel ("?" unknown, null absent), billingCycle (same), multiCycle (null unknown).</summary>
    public sealed record Expected(string OperationType, string ServiceType, string PurchaseType, string? BillingModel, string? BillingCycle, int? MultiCycle);

    public sealed record Scenario(int Number, string Tutorial, OrderSpec Spec, Expected Expected)
    {
        public override string ToString() => $"{Number:D2} {Tutorial}";
    }

    private static OrderItemSpec Plan(long id, string? cycle, int? multi = null, int? quantity = null, string? name = null) =>
        new() { ServiceType = OrderWire.Plan, ServiceId = id, BillingCycle = cycle, MultiCycle = multi, Quantity = quantity, Name = name };

    private static OrderItemSpec Service(long id, string? cycle, int? quantity = null, long? connection = null, string? name = null) =>
        new() { ServiceType = OrderWire.Service, ServiceId = id, BillingCycle = cycle, Quantity = quantity, ConnectionPlanId = connection, Name = name };

    private static OrderSpec Order(OrderAction action, int product, string? sn, bool partner, params OrderItemSpec[] items) => new()
    {
        Action = action,
        ProductId = product,
        ProductNo = sn,
        PartnerId = partner ? Partner : null,
        BillingId = action == OrderAction.Trial ? null : Billing,
        Items = items.ToList(),
    };

    private const string A = OrderWire.Annually, M = OrderWire.Monthly, O = OrderWire.Once, Unknown = "?";

    public static TheoryData<Scenario> Scenarios()
    {
        var pce = Order(OrderAction.Purchase, 13, null, true, Plan(PceEnterprise, A, 1, 20), Service(PceRecording, A, 100, PceEnterprise));
        pce.PceRequest = new PceSpecialRequest { PbxName = "Head office", RegionId = "1", PbxSubDomainId = "11", PbxSubDomain = "headoffice" };
        var pseTrial = Order(OrderAction.Trial, 12, null, true, Plan(PseEnterprise, null));
        pseTrial.AssignId = Partner;

        return new TheoryData<Scenario>
        {
            new(1, "purchase-linkus-cloud-service", Order(OrderAction.Purchase, 9, "3631E9990001", false, Plan(Linkus, A, 2)), new("purchase_plan", "plan", "purchase", "recurring", A, 2)),
            new(2, "switch-linkus-cloud-service-subscription", Order(OrderAction.Switch, 9, "3631E0000009", false, Plan(LinkusPro, A, 1)), new("switch_plan", "plan", "switch", "recurring", A, 1)),
            new(3, "purchase-plan-for-p-series-appliance-edition", Order(OrderAction.Purchase, 11, "3631E0997265", false, Plan(ApplianceEnterprise, M)), new("purchase_plan", "plan", "purchase", "recurring", M, 0)),
            new(4, "renew-subscription-plan-for-p-series-appliance-edition", Order(OrderAction.Renew, 11, "3631E3418911", false, Plan(ApplianceEnterprise, M)), new("renew_plan", "plan", "renew", "recurring", M, 0)),
            new(5, "switch-subscription-plan-for-p-series-appliance-edition", Order(OrderAction.Switch, 11, "3631E0000002", false, Plan(ApplianceUltimate, A, 3)), new("switch_plan", "plan", "switch", "recurring", A, 3)),
            new(6, "purchase-hotel-pms-integration-service-for-p-series-appliance-edition", Order(OrderAction.Purchase, 11, "3631E3418911", false, Service(AppliancePms, O)), new("purchase_service", "service", "purchase", "once", O, 0)),
            new(7, "purchase-hotel-module-for-p-series-appliance-edition", Order(OrderAction.Purchase, 11, "3631E3418911", false, Service(HotelModule, O)), new("purchase_service", "service", "purchase", "once", O, 0)),
            new(8, "purchase-commercial-license-for-p-series-software-edition", Order(OrderAction.Purchase, 12, null, true, Plan(PseEnterprise, A, 1, 30), Service(PseHotStandby, A, 30, PseEnterprise)), new("purchase_plan", "plan", "purchase", "recurring", A, null)),
            new(9, "get-free-trial-license-for-p-series-software-edition", pseTrial, new("trial_plan", "plan", "trial", null, null, 0)),
            new(10, "subscribe-to-service-for-p-series-software-edition", Order(OrderAction.Purchase, 12, "3651A0009415", false, Service(PseCallCenter, A, 5, PseEnterprise)), new("purchase_service", "service", "purchase", "recurring", A, null)),
            new(11, "switch-subscription-plan-for-p-series-software-edition", Order(OrderAction.Switch, 12, "3651A0009415", false, Plan(PseUltimate, A, 1)), new("switch_plan", "plan", "switch", "recurring", A, 1)),
            new(12, "renew-p-series-software-edition", Order(OrderAction.Renew, 12, "3651A0009415", false, Plan(PseEnterprise, A, 1, 50)), new("renew_plan", "plan", "renew", Unknown, Unknown, null)),
            new(13, "purchase-p-series-cloud-edition", pce, new("purchase_plan", "plan", "purchase", Unknown, Unknown, null)),
            new(14, "expand-extensions-or-call-recording-minutes-for-p-series-cloud-edition", Order(OrderAction.Purchase, 13, "PCE000000013", false, Service(PceExtensions, A, 10, PceEnterprise, "Extension Expansion")), new("purchase_service", "service", "purchase", Unknown, Unknown, null)),
            new(15, "subscribe-to-high-availability-service-for-p-series-cloud-edition", Order(OrderAction.Purchase, 13, "PCE000000013", false, Service(PceHighAvailability, A, 20, PceEnterprise, "High Availability")), new("purchase_service", "service", "purchase", "recurring", Unknown, null)),
            new(16, "switch-subscription-plan-for-p-series-cloud-edition", Order(OrderAction.Switch, 13, "PCE000000013", false, Plan(PceUltimate, A, 1)), new("switch_plan", "plan", "switch", "recurring", A, null)),
            new(17, "renew-p-series-cloud-edition", Order(OrderAction.Renew, 13, "PCE000000013", false, Plan(PceEnterprise, A, 1, 20), Service(PceExtensions, A, 20, PceEnterprise)), new("renew_plan", "plan", "renew", Unknown, Unknown, null)),
            new(18, "purchase-p-series-turnkey-package", Order(OrderAction.Purchase, 14, null, true, Plan(Turnkey, A, 1, 10), Service(TurnkeyExtensions, A, 10, Turnkey)), new("purchase_plan", "plan", "purchase", "recurring", A, null)),
            new(19, "expand-capacity-or-subscribe-services-for-p-series-turnkey-package", Order(OrderAction.Purchase, 14, null, true, Service(TurnkeyRecording, A, 100, Turnkey)), new("purchase_service", "service", "purchase", Unknown, Unknown, null)),
            new(20, "obtain-free-trial-for-p-series-turnkey-package", Order(OrderAction.Trial, 14, null, true, Plan(Turnkey, null), Service(TurnkeyExtensions, null, 5, Turnkey)), new("trial_plan", "plan", "trial", null, null, 0)),
            new(21, "renew-p-series-turnkey-package", Order(OrderAction.Renew, 14, null, true, Plan(Turnkey, A, 1, 10)), new("renew_plan", "plan", "renew", "recurring", Unknown, null)),
            new(22, "purchase-remote-management", Order(OrderAction.Purchase, 15, null, true, Plan(RemoteManagement, A, 1), Service(RemoteConnections, O, 10, RemoteManagement)), new("purchase_plan", "plan", "purchase", "recurring", Unknown, null)),
            new(23, "purchase-additional-connections-for-remote-management", Order(OrderAction.Purchase, 15, null, true, Service(RemoteConnections, O, 5, RemoteManagement)), new("purchase_service", "service", "purchase", Unknown, O, 0)),
            new(24, "obtain-free-trial-for-remote-management", Order(OrderAction.Trial, 15, null, true, Plan(RemoteManagement, null)), new("trial_plan", "plan", "trial", null, null, 0)),
            new(25, "renew-remote-management", Order(OrderAction.Renew, 15, null, true, Plan(RemoteManagement, A, 1)), new("renew_plan", "plan", "renew", "recurring", A, 1)),
            new(26, "purchase-pce-white-label", Order(OrderAction.Purchase, 19, null, true, Service(PceWhiteLabel, A)), new("purchase_service", "service", "purchase", Unknown, Unknown, null)),
            new(27, "purchase-pse-white-label", Order(OrderAction.Purchase, 19, null, true, Service(PseWhiteLabel, A, 2)), new("purchase_service", "service", "purchase", Unknown, Unknown, null)),
            new(28, "obtain-free-trial-for-pse-white-label", Order(OrderAction.Trial, 19, null, true, Service(PseWhiteLabel, null)), new("trial_service", "service", "trial", null, null, null)),
            new(29, "renew-pse-white-label", Order(OrderAction.Renew, 19, null, true, Service(PseWhiteLabel, A)), new("renew_service", "service", "renew", Unknown, Unknown, null)),
            new(30, "renew-ycm-white-label", Order(OrderAction.Renew, 19, null, true, Service(YcmWhiteLabel, A)), new("renew_service", "service", "renew", "recurring", A, 0)),
            new(31, "purchase-remote-management-premium", Order(OrderAction.Purchase, 20, null, true, Service(RmPremium20, A, 10)), new("purchase_service", "service", "purchase", "recurring", A, 0)),
            new(32, "obtain-free-trial-for-rm-premium", Order(OrderAction.Trial, 21, null, true, Service(RmPremium21, null)), new("trial_service", "service", "trial", null, null, 0)),
            new(33, "purchase-additional-connections-for-rm-premium", Order(OrderAction.Purchase, 21, null, true, Service(RmPremium21, A, 5)), new("purchase_service", "service", "purchase", "recurring", A, 0)),
            // Printed as trial_service in the docs (a doc error); renew_service is what a renewal is.
            new(34, "renew-rm-premium-subscription", Order(OrderAction.Renew, 21, null, true, Service(RmPremium21, A, 5)), new("renew_service", "service", "renew", "recurring", A, 0)),
        };
    }

    [Theory]
    [MemberData(nameof(Scenarios))]
    public async Task Builds_and_sends_the_tutorial_order_with_its_fixed_values(Scenario scenario)
    {
        _sandbox.Reset();
        var built = OrderBuilder.Build(scenario.Spec);
        Assert.True(built.IsValid, string.Join("; ", built.Problems));

        using var client = new YeastarClient(new YeastarClientOptions { BaseUri = _sandbox.Url }, Credentials());
        var created = await client.CreateOrderAsync(built.Request!);

        Assert.False(string.IsNullOrEmpty(created.OrderNo));
        var body = _sandbox.OrderBody(0);
        var item = body["serviceList"]![0]!.AsObject();
        var expected = scenario.Expected;
        Assert.Equal(expected.OperationType, (string?)body["operationType"]);
        Assert.Equal(scenario.Spec.ProductId, (int)body["productId"]!);
        Assert.Equal(expected.ServiceType, (string?)item["serviceType"]);
        Assert.Equal(expected.PurchaseType, (string?)item["purchaseType"]);
        if (expected.BillingModel != Unknown) Assert.Equal(expected.BillingModel, (string?)item["billingModel"]);
        if (expected.BillingCycle != Unknown) Assert.Equal(expected.BillingCycle, (string?)item["billingCycle"]);
        if (expected.MultiCycle != null) Assert.Equal(expected.MultiCycle, (int)item["multiCycle"]!);
        Assert.Equal(scenario.Spec.Items[0].ServiceId, (long)item["serviceId"]!);
        Assert.Equal(scenario.Spec.ProductNo, (string?)body["productNo"]);
        Assert.Equal(scenario.Spec.PartnerId, (string?)body["partnerId"]);
        Assert.Equal(scenario.Spec.Action == OrderAction.Trial ? null : Billing, (long?)body["billingId"]);
    }

    private static ClientCredentials Credentials()
    {
        var secret = new SecureString();
        foreach (var c in SandboxFixture.ClientSecret) secret.AppendChar(c);
        secret.MakeReadOnly();
        return new ClientCredentials(SandboxFixture.ClientId, secret);
    }
}
