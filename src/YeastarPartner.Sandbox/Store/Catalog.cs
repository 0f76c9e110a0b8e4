namespace YeastarPartner.Sandbox.Store;

/// <summary>Products and plan IDs as the API reference publishes them (sections 11 and 16).</summary>
public static class Catalog
{
    public const int ApplianceEdition = 11;

    public static readonly IReadOnlyDictionary<long, string> AppliancePlans = new Dictionary<long, string>
    {
        [3048558946648207360] = "Standard Plan",
        [3048560232537899008] = "Enterprise Plan",
        [3048560606464323584] = "Ultimate Plan",
    };

    private static readonly IReadOnlyDictionary<int, string> ProductNames = new Dictionary<int, string>
    {
        [9] = "Linkus Cloud Service",
        [11] = "P-Series Plan for Appliance Edition",
        [12] = "Software PBX (PSE Self-hosted)",
        [13] = "Cloud PBX (PCE Instance)",
        [14] = "P-Series Turnkey Package",
        [15] = "Remote Management",
        [19] = "Add-on Service",
        [20] = "Remote Management Premium",
        [21] = "RM Premium",
    };

    public static string ProductName(int productId) => ProductNames.TryGetValue(productId, out var name) ? name : $"Product {productId}";
}
