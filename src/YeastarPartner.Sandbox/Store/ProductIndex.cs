namespace YeastarPartner.Sandbox.Store;

/// <summary>
/// The purchased products in creation order, with a lookup by product and serial number. Every order looks
/// its device up (twice) under the store's lock, so a list scan made the sandbox slower with every order.
/// Not thread-safe: the store's lock guards it.
/// </summary>
public sealed class ProductIndex
{
    private readonly List<StoredProduct> _all = [];
    private readonly Dictionary<(int ProductId, string ProductNo), StoredProduct> _byKey = [];

    public ProductIndex(IEnumerable<StoredProduct> seed) => Reset(seed);

    public int Count => _all.Count;

    public IEnumerable<StoredProduct> All => _all;

    public StoredProduct? Find(int productId, string productNo) => _byKey.GetValueOrDefault(Key(productId, productNo));

    public void Add(StoredProduct product)
    {
        _all.Add(product);
        _byKey[Key(product.ProductId, product.ProductNo)] = product;
    }

    public void Reset(IEnumerable<StoredProduct> seed)
    {
        _all.Clear();
        _byKey.Clear();
        foreach (var product in seed) Add(product);
    }

    private static (int, string) Key(int productId, string productNo) => (productId, productNo.ToUpperInvariant());
}
