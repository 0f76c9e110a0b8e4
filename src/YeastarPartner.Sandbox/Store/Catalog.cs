namespace YeastarPartner.Sandbox.Store;

/// <summary>The Appliance Edition plans the seed tutorial names (section 16), read from <see cref="ProductCatalog"/>.</summary>
public static class Catalog
{
    public const int ApplianceEdition = 11;
    public const int SoftwareEdition = 12;

    public static readonly IReadOnlyDictionary<long, string> AppliancePlans =
        ProductCatalog.Find(ApplianceEdition)!.Plans.ToDictionary(p => p.Id, p => p.Name);

    public static string ProductName(int productId) => ProductCatalog.Find(productId)?.Name ?? $"Product {productId}";
}
