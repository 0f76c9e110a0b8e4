namespace YeastarPartner.Sandbox.Store;

/// <summary>The product IDs the sandbox names in code, and product names for replies, read from <see cref="ProductCatalog"/>.</summary>
public static class Catalog
{
    public const int ApplianceEdition = 11;
    public const int SoftwareEdition = 12;

    public static string ProductName(int productId) => ProductCatalog.Find(productId)?.Name ?? $"Product {productId}";
}
