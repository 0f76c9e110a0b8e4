using System.Net.Http.Json;
using System.Security;
using YeastarPartner.Client;
using YeastarPartner.Client.Auth;
using YeastarPartner.Client.Errors;
using YeastarPartner.Client.Models;
using YeastarPartner.Tests.Infrastructure;
using static YeastarPartner.Tests.Orders.CatalogIds;

namespace YeastarPartner.Tests.Orders;

/// <summary>The sandbox enforces the section-7 rules on what it receives, each can be switched off, and accepted orders change its products.</summary>
public sealed class SandboxOrderTests : IClassFixture<SandboxFixture>, IDisposable
{
    private readonly SandboxFixture _sandbox;
    private readonly YeastarClient _client;

    public SandboxOrderTests(SandboxFixture sandbox)
    {
        _sandbox = sandbox;
        _sandbox.Reset();
        var secret = new SecureString();
        foreach (var c in SandboxFixture.ClientSecret) secret.AppendChar(c);
        _client = new YeastarClient(new YeastarClientOptions { BaseUri = sandbox.Url }, new ClientCredentials(SandboxFixture.ClientId, secret));
    }

    private static OrderRequest PseRenewal(int quantity) => new()
    {
        OperationType = "renew_plan", ProductId = 12, ProductNo = "3651A0009415", BillingId = Billing,
        ServiceList = [new OrderItem { ServiceId = PseEnterprise, ServiceType = "plan", PurchaseType = "renew", BillingModel = "recurring", BillingCycle = "annually", MultiCycle = 1, Quantity = quantity }],
    };

    [Fact]
    public async Task Rejects_a_renewal_that_changes_the_extension_count_and_stores_nothing()
    {
        var error = await Assert.ThrowsAsync<YeastarApiException>(() => _client.CreateOrderAsync(PseRenewal(40)));
        Assert.Equal(ApiErrorKind.Validation, error.Kind);
        Assert.Contains("50", error.Message);
        Assert.Empty(_sandbox.Server.Store.Orders);
    }

    [Fact]
    public async Task A_disabled_rule_is_not_enforced()
    {
        using var http = new HttpClient();
        (await http.PostAsJsonAsync(new Uri(_sandbox.Url, "_sandbox/settings"), new { disabledRules = new[] { "renew-quantity" } })).EnsureSuccessStatusCode();
        await _client.CreateOrderAsync(PseRenewal(40));
        Assert.Single(_sandbox.Server.Store.Orders);
    }

    [Fact]
    public async Task Orders_change_the_products_renewals_extend_switches_change_the_plan_services_attach()
    {
        var before = await _client.GetProductAsync(13, "PCE000000013");
        await _client.CreateOrderAsync(new OrderRequest
        {
            OperationType = "switch_plan", ProductId = 13, ProductNo = "PCE000000013", BillingId = Billing,
            ServiceList = [new OrderItem { ServiceId = PceUltimate, ServiceType = "plan", PurchaseType = "switch", BillingModel = "recurring", BillingCycle = "annually", MultiCycle = 1 }],
        });
        await _client.CreateOrderAsync(new OrderRequest
        {
            OperationType = "purchase_service", ProductId = 13, ProductNo = "PCE000000013", BillingId = Billing,
            ServiceList = [new OrderItem { ServiceId = PceHighAvailability, ServiceType = "service", PurchaseType = "purchase", BillingModel = "recurring", BillingCycle = "annually", MultiCycle = 0, Quantity = 20, ConnectionPlanId = PceUltimate }],
        });
        await _client.CreateOrderAsync(new OrderRequest
        {
            OperationType = "renew_plan", ProductId = 13, ProductNo = "PCE000000013", BillingId = Billing,
            ServiceList =
            [
                new OrderItem { ServiceId = PceUltimate, ServiceType = "plan", PurchaseType = "renew", BillingModel = "recurring", BillingCycle = "annually", MultiCycle = 2, Quantity = 20 },
                new OrderItem { ServiceId = PceExtensions, ServiceType = "service", PurchaseType = "renew", BillingModel = "recurring", BillingCycle = "annually", MultiCycle = 0, Quantity = 20 },
                new OrderItem { ServiceId = PceHighAvailability, ServiceType = "service", PurchaseType = "renew", BillingModel = "recurring", BillingCycle = "annually", MultiCycle = 0, Quantity = 20 },
            ],
        });

        var after = await _client.GetProductAsync(13, "PCE000000013");
        Assert.Equal(PceUltimate, after.PlanId);
        Assert.Equal(before.ExpireDate!.Value.AddYears(2), after.ExpireDate!.Value);
        Assert.Equal(DateOnly.Parse(before.ExpireDateText!).AddYears(2), DateOnly.Parse(after.ExpireDateText!));
        var services = Assert.IsType<object?[]>(after.Extra["serviceList"]).Cast<List<KeyValuePair<string, object?>>>();
        Assert.Contains(PceHighAvailability, services.Select(s => s.Single(field => field.Key == "serviceId").Value));
    }

    [Fact]
    public async Task Country_pages_are_fetched_only_as_the_caller_reads_on()
    {
        const string path = "/user/openapi/area/v1/page";
        var seen = 0;
        await foreach (var _ in _client.GetCountriesAsync(pageSize: 10))
        {
            // The log entry of page 1 may trail its reply by a moment; page 2 must not have been asked for at all.
            if (seen++ == 0) Assert.InRange(_sandbox.Server.Requests.Entries.Count(e => e.Path == path), 0, 1);
        }
        Assert.Equal(49, seen);
        Assert.Equal(5, _sandbox.Server.Requests.Entries.Count(e => e.Path == path));
    }

    public void Dispose() => _client.Dispose();
}
