using System.Text.Json.Nodes;

namespace YeastarPartner.Sandbox.Store;

/// <summary>
/// Older orders (the seedHistoryOrders setting), so order searches meet a history like a real account's:
/// spread over the previous 30 days, oldest first, for devices 3631H0000001... that nothing else uses.
/// They create no products (R1 stays as seeded) and read through O2 and O3 like any order.
/// </summary>
public sealed partial class SandboxStore
{
    private const long FirstHistorySequence = 3206205224534051168; // below the tutorial's order number: older orders, smaller IDs
    private static readonly TimeSpan HistorySpan = TimeSpan.FromDays(30);

    /// <summary>Replaces the history orders with <paramref name="count"/> new ones; the other orders stay.</summary>
    public void ReseedHistoryOrders(int count)
    {
        lock (_lock) SeedHistoryOrders(count);
    }

    private void SeedHistoryOrders(int count)
    {
        lock (_lock)
        {
            _orders.RemoveAll(o => o.IsHistory);
            var start = _clock.GetUtcNow() - HistorySpan;
            for (var i = 0; i < count; i++)
            {
                var n = FirstHistorySequence + i;
                var serialNumber = $"3631H{i + 1:D7}";
                var body = new JsonObject
                {
                    ["operationType"] = "purchase_plan", ["productNo"] = serialNumber, ["productId"] = Catalog.ApplianceEdition,
                    ["billingId"] = 3197218168379846218,
                    ["serviceList"] = new JsonArray(new JsonObject
                    {
                        ["serviceId"] = 3048560232537899008, ["serviceType"] = "plan", ["purchaseType"] = "purchase",
                        ["billingModel"] = "recurring", ["billingCycle"] = "monthly", ["multiCycle"] = 0,
                    }),
                };
                _orders.Add(new StoredOrder(
                    Id: (n + 7).ToString(),
                    OrderNo: "EU" + n,
                    OrderStatus: i % 10 == 9 ? "pending" : "succeed",
                    OperationType: "purchase_plan",
                    ProductId: Catalog.ApplianceEdition,
                    ProductNo: serialNumber,
                    BillingId: 3197218168379846218,
                    InstanceId: (1_000_000 + i).ToString(),
                    TransactionNo: "QZ" + (n + 3_849_370_000),
                    CreateTime: (start + HistorySpan * i / count).ToUnixTimeMilliseconds(),
                    RequestBody: body.ToJsonString(),
                    IsHistory: true));
            }
        }
    }
}
