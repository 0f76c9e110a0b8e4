using System.Text.Json;
using YeastarPartner.Sandbox.Auth;
using YeastarPartner.Sandbox.Endpoints;
using YeastarPartner.Sandbox.Faults;
using YeastarPartner.Sandbox.Store;

namespace YeastarPartner.Sandbox;

/// <summary>
/// What every API request passes before its endpoint: the request log, the User-Agent rule, injected
/// faults and the bearer token check. Admin paths skip all but the log.
/// </summary>
public static class SandboxPipeline
{
    public static void Use(WebApplication app)
    {
        app.Use(async (context, next) =>
        {
            var path = context.Request.Path.Value ?? "";
            var isAdmin = path.StartsWith(AdminEndpoints.Prefix, StringComparison.Ordinal);
            var log = context.RequestServices.GetRequiredService<RequestLog>();
            // The log keeps when a request arrived, so tests can order it against what the client saw.
            var arrived = DateTimeOffset.UtcNow;
            try
            {
                if (isAdmin) await next(context);
                else await HandleApiRequestAsync(context, path, next);
            }
            finally
            {
                if (!isAdmin)
                {
                    var detail = context.Items.TryGetValue("detail", out var d) ? d as string : null;
                    log.Add(new RequestLog.Entry(arrived, context.Request.Method, path, detail, context.RequestAborted.IsCancellationRequested ? 0 : context.Response.StatusCode));
                }
            }
        });
    }

    private static async Task HandleApiRequestAsync(HttpContext context, string path, RequestDelegate next)
    {
        // The docs mark User-Agent required on every call; the status for a missing one is assumed (400).
        if (string.IsNullOrWhiteSpace(context.Request.Headers.UserAgent))
        {
            await Envelope.WriteAsync(context, 400, Envelope.Codes.ValidationFailed, "The User-Agent header is required.");
            return;
        }

        var serialNumber = await PeekSerialNumberAsync(context, path);
        if (serialNumber != null) context.Items["detail"] = "productNo=" + serialNumber;
        var faults = context.RequestServices.GetRequiredService<FaultInjector>();
        foreach (var fault in faults.Fire(afterCommit: false, path, context.Request.Method, serialNumber))
        {
            switch (fault.Kind)
            {
                case FaultKind.Latency:
                    await Task.Delay(fault.LatencyMs, fault.IgnoreClientAbort ? CancellationToken.None : context.RequestAborted);
                    break;
                case FaultKind.Drop:
                    context.Abort();
                    return;
                case FaultKind.Status:
                    if (fault.RetryAfter != null) context.Response.Headers.RetryAfter = fault.RetryAfter;
                    var code = fault.Status switch { 401 => Envelope.Codes.Unauthorized, 429 => Envelope.Codes.TooManyRequests, 404 => Envelope.Codes.NotFound, _ => Envelope.Codes.InternalError };
                    await Envelope.WriteAsync(context, fault.Status, code, $"Injected fault {fault.Id}.");
                    return;
            }
        }

        if (path != TokenEndpoints.Path && !IsAuthorized(context))
        {
            await Envelope.WriteAsync(context, 401, Envelope.Codes.Unauthorized, "The access token is missing, invalid or expired.");
            return;
        }
        await next(context);
    }

    private static bool IsAuthorized(HttpContext context)
    {
        var header = context.Request.Headers.Authorization.ToString();
        const string scheme = "Bearer ";
        return header.StartsWith(scheme, StringComparison.Ordinal)
            && context.RequestServices.GetRequiredService<TokenService>().IsValidAccessToken(header[scheme.Length..].Trim());
    }

    /// <summary>The productNo of a JSON POST, so faults can target one device.</summary>
    private static async Task<string?> PeekSerialNumberAsync(HttpContext context, string path)
    {
        if (!HttpMethods.IsPost(context.Request.Method) || context.Request.HasFormContentType) return null;
        var text = await OrderEndpoints.ReadBodyAsync(context);
        try
        {
            using var doc = JsonDocument.Parse(text);
            return doc.RootElement.ValueKind == JsonValueKind.Object && doc.RootElement.TryGetProperty("productNo", out var sn) && sn.ValueKind == JsonValueKind.String
                ? sn.GetString() : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
