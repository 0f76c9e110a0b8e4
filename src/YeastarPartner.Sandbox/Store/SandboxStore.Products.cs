namespace YeastarPartner.Sandbox.Store;

/// <summary>Purchased products: seeded devices per product, and what orders do to them.</summary>
public sealed partial class SandboxStore
{
    private readonly ProductIndex _products;

    private void SeedProducts()
    {
        _products.Reset(SeededProducts(_clock, _options.SeedProducts));
    }

    /// <summary>Replaces the products with the seed and <paramref name="extra"/> more Appliance Edition products (the seedProducts setting).</summary>
    public void ReseedProducts(int extra)
    {
        lock (_lock) _products.Reset(SeededProducts(_clock, extra));
    }

    /// <summary>
    /// One existing product per catalogue product (several for 11, enough to page), so renewals and services
    /// have something to act on; <paramref name="extra"/> more of product 11 (serial numbers 3631P...) for
    /// tests that list many.
    /// </summary>
    private static List<StoredProduct> SeededProducts(TimeProvider clock, int extra)
    {
        var products = new List<StoredProduct>();
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        StoredProduct Add(int productId, string sn, long? plan, string cycle, int quantity, string? partner = null)
        {
            var p = new StoredProduct(productId, sn) { PlanId = plan, BillingCycle = cycle, Quantity = quantity, ExpireDate = today.AddMonths(cycle == "monthly" ? 1 : 12), PartnerId = partner, CreateTime = clock.GetUtcNow().ToUnixTimeMilliseconds() };
            products.Add(p);
            return p;
        }
        Add(9, "3631E0000009", 3048918321840570368, "annually", 1);
        Add(11, "3631E3418911", 3048560232537899008, "monthly", 0);
        for (var i = 1; i <= 6; i++) Add(11, $"3631E00000{i:D2}", 3048558946648207360, i % 2 == 0 ? "annually" : "monthly", 0);
        Add(12, "3651A0009415", 3300000000000012001, "annually", 50);
        Add(13, "PCE000000013", 3048571730026938368, "annually", 20).Services[3048573516041273344] = 20;
        Add(14, "TKP000000014", 3300000000000014001, "annually", 10, "3076913644890832901");
        Add(15, "RMA000000015", 3300000000000015001, "annually", 5, "3076913644890832901");
        Add(19, "ADD000000019", null, "annually", 1, "3076913644890832901");
        Add(20, "RMP000000020", null, "annually", 5, "3076913644890832901");
        Add(21, "RMP000000021", null, "annually", 5, "3076913644890832901");
        for (var i = 1; i <= extra; i++) Add(11, $"3631P{i:D7}", 3048558946648207360, "monthly", 0);
        return products;
    }

    public IReadOnlyList<StoredProduct> ProductsOf(int productId)
    {
        lock (_lock) return _products.All.Where(p => p.ProductId == productId).ToList();
    }

    public StoredProduct? FindProduct(int productId, string? productNo)
    {
        if (productNo == null) return null;
        lock (_lock) return _products.Find(productId, productNo);
    }

    /// <summary>Runs an accepted order against the products: purchases create, renewals extend, switches change the plan, services attach.</summary>
    public StoredProduct ApplyOrder(string operationType, int productId, string? productNo, string? partnerId, IReadOnlyList<OrderLine> lines)
    {
        lock (_lock)
        {
            var product = FindProduct(productId, productNo);
            if (product == null)
            {
                product = new StoredProduct(productId, productNo ?? $"NEW{productId:D2}{_orders.Count + _products.Count:D7}")
                {
                    PartnerId = partnerId,
                    CreateTime = _clock.GetUtcNow().ToUnixTimeMilliseconds(),
                    ExpireDate = DateOnly.FromDateTime(_clock.GetUtcNow().UtcDateTime),
                };
                _products.Add(product);
            }
            foreach (var line in lines)
            {
                if (line.ServiceType == "plan")
                {
                    if (operationType.StartsWith("renew", StringComparison.Ordinal))
                        product.ExpireDate = product.ExpireDate.AddMonths(line.BillingCycle == "monthly" ? 1 : 12 * Math.Max(1, line.MultiCycle));
                    else
                    {
                        product.PlanId = line.ServiceId;
                        if (line.BillingCycle != null) product.BillingCycle = line.BillingCycle;
                        if (line.Quantity is int q && q > 0) product.Quantity = q;
                        if (!operationType.StartsWith("switch", StringComparison.Ordinal))
                            product.ExpireDate = product.ExpireDate.AddMonths(operationType.StartsWith("trial", StringComparison.Ordinal) ? 1 : line.BillingCycle == "monthly" ? 1 : 12 * Math.Max(1, line.MultiCycle));
                    }
                }
                else
                {
                    product.Services.TryGetValue(line.ServiceId, out var had);
                    product.Services[line.ServiceId] = operationType.StartsWith("renew", StringComparison.Ordinal) ? had : had + (line.Quantity ?? 1);
                }
            }
            return product;
        }
    }

    /// <summary>Sets the expiry of the matching products to <paramref name="inDays"/> from today; returns how many changed.</summary>
    public int SetExpiry(int? productId, string? productNo, int inDays)
    {
        lock (_lock)
        {
            var today = DateOnly.FromDateTime(_clock.GetUtcNow().UtcDateTime);
            var matching = _products.All.Where(p => (productId == null || p.ProductId == productId)
                && (productNo == null || string.Equals(p.ProductNo, productNo, StringComparison.OrdinalIgnoreCase))).ToList();
            foreach (var product in matching) product.ExpireDate = today.AddDays(inDays);
            return matching.Count;
        }
    }

    public bool SetAutoRenew(int productId, string productNo, long planOrServiceId)
    {
        lock (_lock)
        {
            var product = FindProduct(productId, productNo);
            if (product == null) return false;
            product.AutoRenew.Add(planOrServiceId);
            return true;
        }
    }
}

/// <summary>One serviceList item of an accepted order, as the store needs it.</summary>
public sealed record OrderLine(long ServiceId, string ServiceType, string? BillingCycle, int MultiCycle, int? Quantity);
