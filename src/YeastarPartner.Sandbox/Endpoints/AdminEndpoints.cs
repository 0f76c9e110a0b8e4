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

        admin.MapGet("/requests", (RequestLog log) =>
            Results.Json(new JsonArray(log.Entries.Select(e => (JsonNode)RequestLog.ToJson(e)).ToArray())));
        admin.MapDelete("/requests", (RequestLog log) => { log.Clear(); return Results.NoContent(); });

        admin.MapGet("/faults", (FaultInjector faults) => Results.Json(faults.Rules, Envelope.Json));
        admin.MapPost("/faults", (FaultInjector faults, FaultRule rule) => Results.Json(faults.Add(rule), Envelope.Json));
        admin.MapDelete("/faults", (FaultInjector faults) => { faults.Clear(); return Results.NoContent(); });

        admin.MapGet("/tokens", (TokenService tokens) => Results.Json(tokens.EverIssued));
        admin.MapPost("/revoke-tokens", (TokenService tokens) => { tokens.RevokeAll(); return Results.NoContent(); });

        admin.MapPost("/settings", (SandboxOptions options, SettingsChange change) =>
        {
            if (change.AccessTokenLifetimeSeconds is > 0) options.AccessTokenLifetimeSeconds = change.AccessTokenLifetimeSeconds.Value;
            if (change.RefreshTokenLifetimeSeconds is > 0) options.RefreshTokenLifetimeSeconds = change.RefreshTokenLifetimeSeconds.Value;
            if (!string.IsNullOrEmpty(change.PaidOrderStatus)) options.PaidOrderStatus = change.PaidOrderStatus;
            if (change.DisabledRules != null)
            {
                options.DisabledRules.Clear();
                options.DisabledRules.UnionWith(change.DisabledRules);
            }
            return Results.Json(new { options.AccessTokenLifetimeSeconds, options.RefreshTokenLifetimeSeconds, options.PaidOrderStatus, DisabledRules = options.DisabledRules.ToArray() });
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

    public sealed record SettingsChange(int? AccessTokenLifetimeSeconds, int? RefreshTokenLifetimeSeconds, string? PaidOrderStatus, string[]? DisabledRules = null);
}
