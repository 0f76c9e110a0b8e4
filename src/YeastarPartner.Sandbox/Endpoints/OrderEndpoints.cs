using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using YeastarPartner.Sandbox.Faults;
using YeastarPartner.Sandbox.Orders;
using YeastarPartner.Sandbox.Store;

namespace YeastarPartner.Sandbox.Endpoints;

/// <summary>O1 create, O2 list, O3 detail: one store.</summary>
public static class OrderEndpoints
{
    public const string SavePath = "/order/openapi/order/v1/save";

    public static void Map(WebApplication app)
    {
        app.MapPost(SavePath, async (HttpContext context, SandboxStore store, FaultInjector faults, SandboxOptions options) =>
        {
            var text = await ReadBodyAsync(context);
            JsonElement body;
            try { body = JsonDocument.Parse(text).RootElement; }
            catch (JsonException) { return Envelope.Validation("body", "The body is not valid JSON."); }
            if (body.ValueKind != JsonValueKind.Object) return Envelope.Validation("body", "The body must be a JSON object.");

            if (!JsonFields.TryGetString(body, "operationType", out var operationType))
                return Envelope.Validation("operationType", "operationType is required.");
            var violation = OrderRules.Check(operationType, body, store, options.DisabledRules);
            if (violation != null) return Envelope.Validation(violation.Field, violation.Message);

            JsonFields.TryGetInt64(body, "productId", out var productId);
            JsonFields.TryGetString(body, "productNo", out var productNo);
            long? billingId = JsonFields.TryGetInt64(body, "billingId", out var b) ? b : null;
            var status = operationType.StartsWith("trial", StringComparison.Ordinal) ? "succeed" : options.PaidOrderStatus;
            var order = store.AddOrder(operationType, (int)productId, productNo, billingId, status, text);
            JsonFields.TryGetString(body, "partnerId", out var partnerId);
            store.ApplyOrder(operationType, (int)productId, productNo, partnerId, OrderLines(body));

            foreach (var fault in faults.Fire(afterCommit: true, SavePath, "POST", productNo))
            {
                if (fault.Kind == FaultKind.DropAfterCommit)
                {
                    context.Abort();
                    return Results.Empty;
                }
                return Envelope.Error(fault.Status, Envelope.Codes.InternalError, "Injected fault after the order was stored.");
            }

            return Envelope.Ok(new JsonObject
            {
                ["instanceId"] = order.InstanceId,
                ["orderNo"] = order.OrderNo,
                ["orderStatus"] = order.OrderStatus,
                ["productNo"] = order.ProductNo,
                ["transactionNo"] = order.TransactionNo,
            });
        });

        app.MapGet("/order/openapi/order/v1/page", (SandboxStore store, SandboxOptions options, int? pageNo, int? pageSize, string? sort) =>
        {
            if (PageRequest.TryRead(pageNo, pageSize, options, out var page) is { } error) return error;
            // Oldest first unless asked for -id; a server that ignores sort always answers oldest first.
            var oldestFirst = store.Orders.OrderBy(o => o.CreateTime).ThenBy(o => long.Parse(o.Id)).ToList();
            if (sort == "-id" && !options.IgnoreSort) oldestFirst.Reverse();
            return Envelope.Ok(page.Page(oldestFirst, o => o.ToListItem(!options.NoPrices)));
        });

        app.MapGet("/order/openapi/order/v1/get/{id}", (SandboxStore store, SandboxOptions options, string id) =>
        {
            var order = store.FindOrder(id);
            return order == null
                ? Envelope.Error(404, Envelope.Codes.NotFound, $"No order with number or ID '{id}'.")
                : Envelope.Ok(order.ToDetail(!options.NoPrices));
        });
    }

    private static List<OrderLine> OrderLines(JsonElement body) =>
        body.GetProperty("serviceList").EnumerateArray().Select(item => new OrderLine(
            item.GetProperty("serviceId").GetInt64(),
            JsonFields.TryGetString(item, "serviceType", out var type) ? type : "plan",
            JsonFields.TryGetString(item, "billingCycle", out var cycle) ? cycle : null,
            JsonFields.TryGetInt64(item, "multiCycle", out var multi) ? (int)multi : 0,
            JsonFields.TryGetInt64(item, "quantity", out var quantity) ? (int)quantity : null)).ToList();

    internal static async Task<string> ReadBodyAsync(HttpContext context)
    {
        context.Request.EnableBuffering();
        context.Request.Body.Position = 0;
        using var reader = new StreamReader(context.Request.Body, Encoding.UTF8, leaveOpen: true);
        var text = await reader.ReadToEndAsync();
        context.Request.Body.Position = 0;
        return text;
    }
}
