using System.Text.Json.Nodes;

namespace YeastarPartner.Sandbox.Store;

/// <summary>Regions (R5) and countries (U6): invented but shaped as documented.</summary>
public static class ReferenceData
{
    public static JsonArray Regions() =>
    [
        Region("1", "Europe (Frankfurt)", "11", "eu.yeastarcloud.example"),
        Region("2", "North America (Virginia)", "21", "us.yeastarcloud.example"),
        Region("3", "Asia Pacific (Singapore)", "31", "sg.yeastarcloud.example"),
    ];

    private static JsonObject Region(string id, string name, string subDomainId, string suffix) => new()
    {
        ["id"] = id,
        ["name"] = name,
        ["region"] = new JsonArray(new JsonObject { ["pbxSubDomain"] = new JsonArray(suffix), ["pbxSubDomainId"] = subDomainId }),
    };

    /// <summary>Enough countries to need several pages at the default page size of 25.</summary>
    public static readonly IReadOnlyList<(int Id, string Code, string Name)> Countries =
    [
        (1, "AR", "Argentina"), (2, "AU", "Australia"), (3, "AT", "Austria"), (4, "BE", "Belgium"), (5, "BR", "Brazil"),
        (6, "CA", "Canada"), (7, "CL", "Chile"), (8, "CN", "China"), (9, "CO", "Colombia"), (10, "CZ", "Czech Republic"),
        (11, "DK", "Denmark"), (12, "EG", "Egypt"), (13, "FI", "Finland"), (14, "FR", "France"), (15, "DE", "Germany"),
        (16, "GR", "Greece"), (17, "HK", "Hong Kong"), (18, "HU", "Hungary"), (19, "IN", "India"), (20, "ID", "Indonesia"),
        (21, "IE", "Ireland"), (22, "IL", "Israel"), (23, "IT", "Italy"), (24, "JP", "Japan"), (25, "KE", "Kenya"),
        (26, "MY", "Malaysia"), (27, "MX", "Mexico"), (28, "NL", "Netherlands"), (29, "NZ", "New Zealand"), (30, "NG", "Nigeria"),
        (31, "NO", "Norway"), (32, "PE", "Peru"), (33, "PH", "Philippines"), (34, "PL", "Poland"), (35, "PT", "Portugal"),
        (36, "RO", "Romania"), (37, "SA", "Saudi Arabia"), (38, "SG", "Singapore"), (39, "ZA", "South Africa"), (40, "KR", "South Korea"),
        (41, "ES", "Spain"), (42, "SE", "Sweden"), (43, "CH", "Switzerland"), (44, "TH", "Thailand"), (45, "TR", "Turkey"),
        (46, "AE", "United Arab Emirates"), (47, "GB", "United Kingdom"), (48, "US", "United States"), (49, "VN", "Vietnam"),
    ];
}
