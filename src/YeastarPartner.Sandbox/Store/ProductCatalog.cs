namespace YeastarPartner.Sandbox.Store;

/// <summary>A plan or service of the seeded catalogue.</summary>
/// <param name="Documented">False for IDs the docs do not publish ("query P2"): invented, plausible 19-digit values.</param>
public sealed record CatalogItem(long Id, string Name, string ServiceType, string BillingModel, string[] BillingCycles, bool Trial, bool Documented, decimal Price)
{
    /// <summary>P3-P8 take a pricing ID in their path; the sandbox derives it from the item ID.</summary>
    public string PricingId => "pr" + Id;
}

public sealed record CatalogProduct(int Id, string Name, bool SerialForOffering, IReadOnlyList<CatalogItem> Items)
{
    public string OfferingId => "off" + Id.ToString("D4");
    public IEnumerable<CatalogItem> Plans => Items.Where(i => i.ServiceType == "plan");
    public IEnumerable<CatalogItem> Services => Items.Where(i => i.ServiceType == "service");
    public CatalogItem? Find(long id) => Items.FirstOrDefault(i => i.Id == id);
}

/// <summary>
/// The products of API reference section 11 with their documented plan/service IDs. Where the docs say
/// "query P2" the IDs are invented (Documented = false) and start with 33xx so they are easy to tell apart.
/// </summary>
public static class ProductCatalog
{
    private static readonly string[] MonthlyOrAnnually = ["monthly", "annually"];
    private static readonly string[] Annually = ["annually"];
    private static readonly string[] Once = ["once"];

    private static CatalogItem Plan(long id, string name, string[] cycles, bool trial = false, bool documented = true, decimal price = 100m) =>
        new(id, name, "plan", "recurring", cycles, trial, documented, price);

    private static CatalogItem Service(long id, string name, string model, string[] cycles, bool trial = false, bool documented = true, decimal price = 10m) =>
        new(id, name, "service", model, cycles, trial, documented, price);

    public static readonly IReadOnlyList<CatalogProduct> Products =
    [
        new(9, "Linkus Cloud Service", true,
        [
            Plan(3048918321840570368, "Linkus Cloud Service", Annually),
            Plan(3048918719332507648, "Linkus Cloud Service Pro", Annually),
        ]),
        new(11, "P-Series Plan for Appliance Edition", true,
        [
            Plan(3048558946648207360, "Standard Plan", MonthlyOrAnnually),
            Plan(3048560232537899008, "Enterprise Plan", MonthlyOrAnnually),
            Plan(3048560606464323584, "Ultimate Plan", MonthlyOrAnnually),
            Service(3299326068732223488, "Hotel Module", "once", Once),
            Service(3300000000000011001, "Hotel PMS Integration", "once", Once, documented: false),
        ]),
        new(12, "Software PBX (PSE Self-hosted)", false,
        [
            Plan(3300000000000012001, "Enterprise Plan", Annually, trial: true, documented: false),
            Plan(3300000000000012002, "Ultimate Plan", Annually, trial: true, documented: false),
            Service(3300000000000012101, "Hot Standby", "recurring", Annually, documented: false),
            Service(3300000000000012102, "Disaster Recovery", "recurring", Annually, documented: false),
            Service(3300000000000012103, "Hotel PMS Integration", "recurring", Annually, documented: false),
            Service(3300000000000012104, "Outbound Call Center", "recurring", Annually, documented: false),
        ]),
        new(13, "Cloud PBX (PCE Instance)", false,
        [
            Plan(3048571730026938368, "Enterprise Plan", MonthlyOrAnnually),
            Plan(3048572026291630080, "Ultimate Plan", MonthlyOrAnnually),
            Service(3048573516041273344, "Extension Expansion", "recurring", MonthlyOrAnnually),
            Service(3048573759449317376, "Recording Minutes", "recurring", MonthlyOrAnnually),
            Service(3048573935752720384, "High Availability", "recurring", MonthlyOrAnnually),
        ]),
        new(14, "P-Series Turnkey Package", false,
        [
            Plan(3300000000000014001, "Turnkey Package", Annually, trial: true, documented: false),
            Service(3300000000000014101, "Extensions", "recurring", Annually, trial: true, documented: false),
            Service(3300000000000014102, "Ultimate Plan Extensions", "recurring", Annually, documented: false),
            Service(3300000000000014103, "Call Recording Minutes", "recurring", Annually, documented: false),
            Service(3300000000000014104, "Transcription Minutes", "recurring", Annually, documented: false),
        ]),
        new(15, "Remote Management", false,
        [
            Plan(3300000000000015001, "Remote Management Account", Annually, trial: true, documented: false),
            Service(3300000000000015101, "Additional Connections", "once", Once, documented: false),
        ]),
        new(19, "Add-on Service", false,
        [
            Service(3300000000000019101, "YCM White Label", "recurring", Annually, documented: false),
            Service(3300000000000019102, "PSE White Label", "recurring", Annually, trial: true, documented: false),
            Service(3300000000000019103, "PCE White Label", "recurring", Annually, documented: false),
        ]),
        new(20, "Remote Management Premium", false,
        [
            Service(3300000000000020101, "RM Premium Connections", "recurring", Annually, documented: false),
        ]),
        new(21, "RM Premium", false,
        [
            Service(3300000000000021101, "RM Premium Connections", "recurring", Annually, trial: true, documented: false),
        ]),
    ];

    public static CatalogProduct? Find(int productId) => Products.FirstOrDefault(p => p.Id == productId);
}
