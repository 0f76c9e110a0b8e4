using System.Text.Json.Nodes;
using YeastarPartner.Sandbox.Auth;
using YeastarPartner.Sandbox.Faults;
using YeastarPartner.Sandbox.Store;

namespace YeastarPartner.Sandbox.Endpoints;

/// <summary>
/// /_sandbox/*: controls for tests and rehearsals, not part of the Partner Portal API. No token needed;
/// the sandbox listens on loopback only.
/// </summary>
public static class AdminEndpoints
{
    public const string Prefix = "/_sandbox";

    public static void Map(WebApplication app)
    {
        var admin = app.MapGroup(Prefix);

        admin.MapGet("/orders", (SandboxStore store, string? serialNumber) =>
            Results.Json(new JsonArray(store.Orders
                .Where(o => serialNumber == null || string.Equals(o.ProductNo, serialNumber, StringComparison.OrdinalIgnoreCase))
                .Select(o => (JsonNode)o.ToAdminView()).ToArray())));

        // What the portal's user does after the API call: pay, cancel, or have the payment fail.
        admin.MapPost("/orders/{orderNo}/status", (SandboxStore store, string orderNo, OrderStatusChange change) =>
            string.IsNullOrWhiteSpace(change.OrderStatus)
                ? Results.BadRequest(new { error = "orderStatus is required, e.g. { \"orderStatus\": \"failed\" }" })
                : store.SetOrderStatus(orderNo, change.OrderStatus.Trim()) is { } changed
                    ? Results.Json(changed.ToAdminView())
                    : Results.NotFound(new { error = $"no stored order {orderNo}" }));

        admin.MapGet("/requests", (RequestLog log) =>
            Results.Json(new JsonArray(log.Entries.Select(e => (JsonNode)RequestLog.ToJson(e)).ToArray())));
        admin.MapDelete("/requests", (RequestLog log) => { log.Clear(); return Results.NoContent(); });

        admin.MapGet("/faults", (FaultInjector faults) => Results.Json(faults.Rules, Envelope.Json));
        admin.MapPost("/faults", (FaultInjector faults, FaultRule rule) => Results.Json(faults.Add(rule), Envelope.Json));
        admin.MapDelete("/faults", (FaultInjector faults) => { faults.Clear(); return Results.NoContent(); });

        admin.MapGet("/tokens", (TokenService tokens) => Results.Json(tokens.EverIssued));
        admin.MapPost("/revoke-tokens", (TokenService tokens) => { tokens.RevokeAll(); return Results.NoContent(); });

        admin.MapGet("/products", (SandboxStore store, int productId) =>
            Results.Json(new JsonArray(store.ProductsOf(productId).Select(p => (JsonNode)p.ToJson()).ToArray())));

        // Moves the expiry of one product (productNo), of a product line (productId) or of every product to inDays from today.
        admin.MapPost("/products/expiry", (SandboxStore store, ExpiryChange change) =>
            Results.Json(new { changed = store.SetExpiry(change.ProductId, change.ProductNo, change.InDays) }));

        admin.MapGet("/settings", (SandboxOptions options) => Results.Json(SettingsView(options)));
        admin.MapPost("/settings", (SandboxOptions options, SandboxStore store, SettingsChange change) =>
        {
            if (change.AccessTokenLifetimeSeconds is > 0) options.AccessTokenLifetimeSeconds = change.AccessTokenLifetimeSeconds.Value;
            if (change.RefreshTokenLifetimeSeconds is > 0) options.RefreshTokenLifetimeSeconds = change.RefreshTokenLifetimeSeconds.Value;
            if (!string.IsNullOrEmpty(change.PaidOrderStatus)) options.PaidOrderStatus = change.PaidOrderStatus;
            if (change.DisabledRules != null)
            {
                options.DisabledRules.Clear();
                options.DisabledRules.UnionWith(change.DisabledRules);
            }
            if (change.IgnoreSort is { } ignoreSort) options.IgnoreSort = ignoreSort;
            if (change.MaxPageSize is >= 0) options.MaxPageSize = change.MaxPageSize.Value;
            if (change.PlainUnauthorized is { } plain) options.PlainUnauthorized = plain;
            if (change.SingleObjectLists is { } single) options.SingleObjectLists = single;
            if (change.LooseTypes is { } loose) options.LooseTypes = loose;
            if (change.NoPrices is { } noPrices) options.NoPrices = noPrices;
            // The seeds apply at once and again at every reset while they stay above 0.
            if (change.SeedHistoryOrders is >= 0)
            {
                options.SeedHistoryOrders = change.SeedHistoryOrders.Value;
                store.ReseedHistoryOrders(options.SeedHistoryOrders);
            }
            if (change.SeedProducts is >= 0)
            {
                options.SeedProducts = change.SeedProducts.Value;
                store.ReseedProducts(options.SeedProducts);
            }
            return Results.Json(SettingsView(options));
        });

        admin.MapPost("/reset", (SandboxStore store, FaultInjector faults, RequestLog log) =>
        {
            store.Reset();
            faults.Clear();
            log.Clear();
            return Results.NoContent();
        });

        admin.MapPost("/shutdown", (IHostApplicationLifetime lifetime) => { lifetime.StopApplication(); return Results.NoContent(); });
    }

    private static object SettingsView(SandboxOptions o) => new
    {
        o.AccessTokenLifetimeSeconds, o.RefreshTokenLifetimeSeconds, o.PaidOrderStatus, DisabledRules = o.DisabledRules.ToArray(),
        o.IgnoreSort, o.MaxPageSize, o.PlainUnauthorized, o.SingleObjectLists, o.LooseTypes, o.SeedHistoryOrders, o.SeedProducts, o.NoPrices,
    };

    public sealed record ExpiryChange(int InDays, int? ProductId = null, string? ProductNo = null);

    public sealed record OrderStatusChange(string? OrderStatus = null);

    public sealed record SettingsChange(
        int? AccessTokenLifetimeSeconds = null, int? RefreshTokenLifetimeSeconds = null, string? PaidOrderStatus = null, string[]? DisabledRules = null,
        bool? IgnoreSort = null, int? MaxPageSize = null, bool? PlainUnauthorized = null, bool? SingleObjectLists = null, bool? LooseTypes = null,
        int? SeedHistoryOrders = null, int? SeedProducts = null, bool? NoPrices = null);
}
