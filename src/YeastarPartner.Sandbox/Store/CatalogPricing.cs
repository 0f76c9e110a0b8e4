using System.Text.Json.Nodes;

namespace YeastarPartner.Sandbox.Store;

/// <summary>
/// The sandbox's price list (USD): every plan and service of the catalogue has a monthly or one-off price,
/// and a year costs ten months. P9 answers these prices; O2 and O3 carry an order's amount worked out the way
/// the module reads P9 (docs/portal-assumptions.md): an annual plan times its years, a counted service times
/// its quantity, a trial nothing.
/// </summary>
public static class CatalogPricing
{
    public const string Currency = "USD";

    /// <summary>The list price of one billing period of <paramref name="item"/>.</summary>
    public static decimal PriceOf(CatalogItem item, string? billingCycle) => billingCycle == "annually" ? item.Price * 10 : item.Price;

    /// <summary>What an order's serviceList costs; null when an item is not in the catalogue.</summary>
    public static decimal? AmountOf(StoredOrder order)
    {
        if (order.OperationType.StartsWith("trial", StringComparison.Ordinal)) return 0m;
        var items = JsonNode.Parse(order.RequestBody)?["serviceList"]?.AsArray();
        var product = ProductCatalog.Find(order.ProductId);
        if (items == null || product == null) return null;
        var total = 0m;
        foreach (var node in items)
        {
            var item = node == null ? null : product.Find(ReadLong(node["serviceId"]));
            if (item == null) return null;
            var cycle = (string?)node!["billingCycle"];
            var multiCycle = (int)ReadLong(node["multiCycle"]);
            var quantity = (int)ReadLong(node["quantity"]);
            var price = PriceOf(item, cycle);
            if (item.ServiceType == "plan" && cycle == "annually") price *= Math.Max(1, multiCycle);
            if (item.ServiceType == "service" && quantity > 0) price *= quantity;
            total += price;
        }
        return total;
    }

    private static long ReadLong(JsonNode? node) =>
        node is JsonValue value && (value.TryGetValue<long>(out var n) || (value.TryGetValue<string>(out var s) && long.TryParse(s, out n))) ? n : 0;
}
