using System.Text.Json.Nodes;
using YeastarPartner.Sandbox.Store;

namespace YeastarPartner.Sandbox.Endpoints;

/// <summary>P1-P9: products, offerings, plan/service terms and list prices from the seeded catalogue.</summary>
public static class PricingEndpoints
{
    private const string Base = "/pricing/openapi/purchase/v1";

    public static void Map(WebApplication app)
    {
        app.MapGet(Base + "/product_list", () =>
            Envelope.Ok(new JsonArray(ProductCatalog.Products.Select(p => (JsonNode)new JsonObject { ["name"] = p.Name, ["productId"] = p.Id }).ToArray())));

        app.MapGet(Base + "/purchase_product_info", (int? productId, string? productNo) =>
        {
            if (Resolve(productId, productNo, serialRequired: false) is { } error) return error;
            var product = ProductCatalog.Find(productId!.Value)!;
            return Envelope.Ok(new JsonObject
            {
                ["offeringId"] = product.OfferingId,
                ["productId"] = product.Id,
                ["productName"] = product.Name,
                ["planList"] = new JsonArray(product.Plans.Select(i => (JsonNode)ItemJson(i, "purchase")).ToArray()),
                ["serviceList"] = new JsonArray(product.Services.Select(i => (JsonNode)ItemJson(i, "purchase")).ToArray()),
            });
        });

        foreach (var operation in new[] { "trial", "purchase", "renew" })
        {
            app.MapGet($"{Base}/{operation}/plan_info/{{pricingId}}", (string pricingId, int? productId, string? productNo) =>
                Detail(operation, "plan", pricingId, productId, productNo));
            app.MapGet($"{Base}/{operation}/add_on_info/{{pricingId}}", (string pricingId, int? productId, string? productNo) =>
                Detail(operation, "service", pricingId, productId, productNo));
        }

        app.MapGet(Base + "/my_price_info", (SandboxStore store, SandboxOptions options, int? productId, string? billingCycle, string? offeringId, string? partnerId) =>
        {
            if (Resolve(productId, null, serialRequired: false, offering: false) is { } error) return error;
            var product = ProductCatalog.Find(productId!.Value)!;
            if (billingCycle is not ("once" or "monthly" or "annually")) return Envelope.Validation("billingCycle", "billingCycle must be once, monthly or annually.");
            if (offeringId != product.OfferingId) return Envelope.Validation("offeringId", $"offeringId '{offeringId}' is not the offering of product {product.Id} (query P2).");
            if (partnerId != null && !store.IsKnownPartner(partnerId)) return Envelope.Validation("partnerId", $"partnerId '{partnerId}' is not a subordinate user.");
            JsonNode Price(CatalogItem i)
            {
                var line = new JsonObject { ["id"] = i.Id, ["name"] = i.Name, ["billingCycle"] = billingCycle };
                // NoPrices: the lines name their items but say no price, as an undocumented reply might.
                if (options.NoPrices) return line;
                line["price"] = CatalogPricing.PriceOf(i, billingCycle);
                line["currencyCode"] = CatalogPricing.Currency;
                return line;
            }
            bool Fits(CatalogItem i) => i.BillingCycles.Contains(billingCycle);
            return Envelope.Ok(new JsonObject
            {
                ["offeringId"] = product.OfferingId,
                ["planList"] = new JsonArray(product.Plans.Where(Fits).Select(Price).ToArray()),
                ["serviceList"] = new JsonArray(product.Services.Where(Fits).Select(Price).ToArray()),
            });
        });
    }

    private static IResult Detail(string operation, string serviceType, string pricingId, int? productId, string? productNo)
    {
        if (Resolve(productId, productNo, serialRequired: operation == "renew", offering: operation != "renew") is { } error) return error;
        var item = ProductCatalog.Find(productId!.Value)!.Items.FirstOrDefault(i => i.PricingId == pricingId && i.ServiceType == serviceType);
        if (item == null) return Envelope.Error(404, Envelope.Codes.NotFound, $"No {serviceType} with pricing ID '{pricingId}' in product {productId}.");
        if (operation == "trial" && !item.Trial) return Envelope.Validation("pricingId", $"'{item.Name}' has no trial.");
        return Envelope.Ok(ItemJson(item, operation));
    }

    /// <summary>The inferred P2 item shape; planId/serviceId are JSON numbers (19 digits, exact).</summary>
    private static JsonObject ItemJson(CatalogItem item, string purchaseType)
    {
        var plan = item.ServiceType == "plan";
        var json = new JsonObject
        {
            [plan ? "planId" : "serviceId"] = item.Id,
            [plan ? "pricingPlanId" : "pricingServiceId"] = item.PricingId,
            ["name"] = item.Name,
            ["purchaseType"] = purchaseType,
            ["trialAvailable"] = item.Trial,
            ["billingModel"] = item.BillingModel,
            ["billingCycle"] = item.BillingCycles[0],
            ["multiCycleList"] = item.BillingCycles.Contains("annually") && plan ? new JsonArray(1, 2, 3, 4, 5) : new JsonArray(0),
        };
        return json;
    }

    /// <summary>Checks productId (and productNo where documented as required); null when the query is fine.</summary>
    private static IResult? Resolve(int? productId, string? productNo, bool serialRequired, bool offering = true)
    {
        if (productId == null) return Envelope.Validation("productId", "productId is required.");
        var product = ProductCatalog.Find(productId.Value);
        if (product == null) return Envelope.Validation("productId", $"productId {productId} is not a product you may buy (see P1).");
        if (string.IsNullOrEmpty(productNo) && (serialRequired || (offering && product.SerialForOffering)))
            return Envelope.Validation("productNo", $"productNo (the serial number) is required for product {productId}.");
        return null;
    }
}
