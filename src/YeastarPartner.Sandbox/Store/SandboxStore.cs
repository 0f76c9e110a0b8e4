using System.Security.Cryptography;
using System.Text.Json.Nodes;

namespace YeastarPartner.Sandbox.Store;

/// <summary>The sandbox's state: billing contacts, orders, purchased products, subordinate users. One lock; the sandbox is a test server.</summary>
public sealed partial class SandboxStore
{
    private readonly object _lock = new();
    private readonly List<StoredOrder> _orders = [];
    private readonly IReadOnlyList<JsonObject> _contacts = BillingContactSeed.Create();
    private long _sequence = 3206205224534151168; // the tutorial's order number, continued
    private readonly TimeProvider _clock;
    private readonly SandboxOptions _options;

    /// <param name="options">Read at every reset: seedProducts and seedHistoryOrders survive it while they stay on.</param>
    public SandboxStore(TimeProvider clock, SandboxOptions options)
    {
        _clock = clock;
        _options = options;
        _products = new ProductIndex(SeededProducts(clock, options.SeedProducts));
        SeedHistoryOrders(options.SeedHistoryOrders);
    }

    public IReadOnlyList<JsonObject> BillingContacts => _contacts;

    public bool IsKnownBillingContact(long id) => _contacts.Any(c => (string?)c["billingContactId"] == id.ToString());

    public StoredOrder AddOrder(string operationType, int productId, string? productNo, long? billingId, string status, string requestBody)
    {
        lock (_lock)
        {
            var n = ++_sequence;
            var order = new StoredOrder(
                Id: (n + 7).ToString(),
                OrderNo: "EU" + n,
                OrderStatus: status,
                OperationType: operationType,
                ProductId: productId,
                ProductNo: productNo,
                BillingId: billingId,
                InstanceId: RandomNumberGenerator.GetInt32(1_000_000, 9_999_999).ToString(),
                TransactionNo: "QZ" + (n + 3_849_370_000),
                CreateTime: _clock.GetUtcNow().ToUnixTimeMilliseconds(),
                RequestBody: requestBody);
            _orders.Add(order);
            return order;
        }
    }

    public IReadOnlyList<StoredOrder> Orders
    {
        get { lock (_lock) return _orders.ToList(); }
    }

    public StoredOrder? FindOrder(string orderNoOrId)
    {
        lock (_lock) return _orders.FirstOrDefault(o => o.OrderNo == orderNoOrId || o.Id == orderNoOrId);
    }

    /// <summary>Changes a stored order's status (an order paid, failed or cancelled in the portal); null when there is no such order.</summary>
    public StoredOrder? SetOrderStatus(string orderNoOrId, string status)
    {
        lock (_lock)
        {
            var index = _orders.FindIndex(o => o.OrderNo == orderNoOrId || o.Id == orderNoOrId);
            if (index < 0) return null;
            return _orders[index] = _orders[index] with { OrderStatus = status };
        }
    }

    public void Reset()
    {
        lock (_lock)
        {
            _orders.Clear();
            SeedProducts();
            SeedUsers();
            SeedHistoryOrders(_options.SeedHistoryOrders);
        }
    }
}
