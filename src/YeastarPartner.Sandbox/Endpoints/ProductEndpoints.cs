using System.Text.Json;
using System.Text.Json.Nodes;
using YeastarPartner.Sandbox.Orders;
using YeastarPartner.Sandbox.Store;

namespace YeastarPartner.Sandbox.Endpoints;

/// <summary>O4 and R1-R7: purchased products, auto-renewal, models, regions, PBX URLs and activation codes.</summary>
public static class ProductEndpoints
{
    private const string Instance = "/product/openapi/instance/v1";

    public static void Map(WebApplication app)
    {
        app.MapGet("/order/openapi/order/v1/check/existed_auto_renew", (SandboxStore store, int? productId, string? productNo) =>
            WithProduct(store, productId, productNo, p => new JsonObject { ["autoRenew"] = p.AutoRenew.Count > 0 }));

        app.MapGet("/product/openapi/instance_product/v1/client/instance_product_list", (SandboxStore store, SandboxOptions options, int? productId, int? pageNo, int? pageSize) =>
        {
            if (productId == null) return Envelope.Validation("productId", "productId is required.");
            if (PageRequest.TryRead(pageNo, pageSize, options, out var page) is { } error) return error;
            return Envelope.Ok(page.Page(store.ProductsOf(productId.Value), p => p.ToJson()));
        });

        app.MapGet("/product/openapi/instance_product/v1/detail", (SandboxStore store, int? productId, string? productNo) =>
            WithProduct(store, productId, productNo, p => p.ToJson()));

        // R7: only P-Series Software Edition licenses have activation codes (the docs name 12 as the only valid productId).
        app.MapGet("/product/openapi/instance_product/v1/activation_code", (SandboxStore store, int? productId, string? productNo) =>
            productId is not null and not Catalog.SoftwareEdition
                ? Envelope.Validation("productId", $"productId {productId} has no activation codes; only 12 (P-Series Software Edition) has.")
                : WithProduct(store, productId, productNo, p => new JsonObject { ["code"] = p.ActivationCode, ["generateTime"] = p.CreateTime }));

        app.MapPost("/product/openapi/instance_subscription/v1/active", async (HttpContext context, SandboxStore store) =>
        {
            JsonElement body;
            try { body = JsonDocument.Parse(await OrderEndpoints.ReadBodyAsync(context)).RootElement; }
            catch (JsonException) { return Envelope.Validation("body", "The body is not valid JSON."); }
            if (!JsonFields.TryGetString(body, "productNo", out var productNo)) return Envelope.Validation("productNo", "productNo is required.");
            // Documented as a String here, unlike everywhere else.
            if (!JsonFields.TryGetString(body, "productId", out var productIdText) || !int.TryParse(productIdText, out var productId))
                return Envelope.Validation("productId", "productId is required and is a String on this endpoint.");
            if (!JsonFields.TryGetInt64(body, "planOrServiceId", out var itemId)) return Envelope.Validation("planOrServiceId", "planOrServiceId must be a JSON integer (Long).");
            var product = store.FindProduct(productId, productNo);
            if (product == null) return Envelope.Error(404, Envelope.Codes.NotFound, $"No product {productNo} of product {productId}.");
            if (product.PlanId != itemId && !product.Services.ContainsKey(itemId))
                return Envelope.Validation("planOrServiceId", $"{itemId} is not a plan or service of {productNo}.");
            return Envelope.Ok(store.SetAutoRenew(productId, productNo, itemId));
        });

        app.MapGet(Instance + "/product_model", (SandboxStore store, int? productId, string? productNo) =>
            WithProduct(store, productId, productNo, p => new JsonObject { ["productModel"] = p.Model }));

        app.MapGet(Instance + "/region_list", () => Envelope.OkObjectTypedList(ReferenceData.Regions()));

        app.MapGet(Instance + "/paug_pbx_url_existed", (string? pbxUrl) =>
        {
            if (string.IsNullOrWhiteSpace(pbxUrl)) return Envelope.Validation("pbxUrl", "pbxUrl is required.");
            // Taken: the documented example, and anything starting with "taken".
            var taken = pbxUrl == "example.test.yeastar.com" || pbxUrl.StartsWith("taken", StringComparison.OrdinalIgnoreCase);
            return Envelope.Ok(taken);
        });
    }

    private static IResult WithProduct(SandboxStore store, int? productId, string? productNo, Func<StoredProduct, JsonNode> result)
    {
        if (productId == null) return Envelope.Validation("productId", "productId is required.");
        if (string.IsNullOrEmpty(productNo)) return Envelope.Validation("productNo", "productNo is required.");
        var product = store.FindProduct(productId.Value, productNo);
        return product == null
            ? Envelope.Error(404, Envelope.Codes.NotFound, $"No product {productNo} of product {productId}.")
            : Envelope.Ok(result(product));
    }
}
