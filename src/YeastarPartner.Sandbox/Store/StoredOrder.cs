using System.Text.Json.Nodes;

namespace YeastarPartner.Sandbox.Store;

/// <summary>An order the sandbox accepted, with the exact body the client sent (or, for <see cref="IsHistory"/>, a seeded one).</summary>
public sealed record StoredOrder(
    string Id,
    string OrderNo,
    string OrderStatus,
    string OperationType,
    int ProductId,
    string? ProductNo,
    long? BillingId,
    string InstanceId,
    string TransactionNo,
    long CreateTime,
    string RequestBody,
    bool IsHistory = false)
{
    /// <summary>The O2 item; <paramref name="withAmount"/> adds the inferred amount field (totalAmount).</summary>
    public JsonObject ToListItem(bool withAmount = true) => new()
    {
        ["createTime"] = CreateTime,
        ["currencyCode"] = "USD",
        ["customReferenceNo"] = "",
        ["id"] = Id,
        ["invoiceNo"] = "",
        ["orderNo"] = OrderNo,
        ["orderStatus"] = OrderStatus,
        ["totalAmount"] = withAmount ? CatalogPricing.AmountOf(this) : null,
    };

    public JsonObject ToDetail(bool withAmount = true)
    {
        var body = JsonNode.Parse(RequestBody)!.AsObject();
        return new JsonObject
        {
            ["basicInformation"] = new JsonObject
            {
                ["productId"] = ProductId.ToString(),
                ["productName"] = Catalog.ProductName(ProductId),
                ["productNo"] = ProductNo,
            },
            ["billingInformation"] = new JsonObject { ["billingContactId"] = BillingId?.ToString() },
            ["orderInformation"] = new JsonObject
            {
                ["id"] = Id,
                ["orderNo"] = OrderNo,
                ["orderStatus"] = OrderStatus,
                ["createTime"] = CreateTime,
                ["operationType"] = OperationType,
                ["transactionNo"] = TransactionNo,
                ["currencyCode"] = CatalogPricing.Currency,
                ["totalAmount"] = withAmount ? CatalogPricing.AmountOf(this) : null,
            },
            ["orderSummary"] = body["serviceList"]?.DeepClone(),
        };
    }

    /// <summary>What /_sandbox/orders shows tests: the store's view plus the raw request.</summary>
    public JsonObject ToAdminView() => new()
    {
        ["id"] = Id,
        ["orderNo"] = OrderNo,
        ["orderStatus"] = OrderStatus,
        ["operationType"] = OperationType,
        ["productId"] = ProductId,
        ["productNo"] = ProductNo,
        ["billingId"] = BillingId?.ToString(),
        ["createTime"] = CreateTime,
        ["requestBody"] = RequestBody,
    };
}
