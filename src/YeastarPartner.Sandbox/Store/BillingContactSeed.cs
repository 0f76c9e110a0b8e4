using System.Text.Json.Nodes;

namespace YeastarPartner.Sandbox.Store;

/// <summary>
/// The seeded billing contacts. IDs are 19-digit strings as U1 documents them; 9007199254740993 is 2^53 + 1,
/// which a double silently turns into 9007199254740992, so a client that loses precision bills nobody.
/// </summary>
public static class BillingContactSeed
{
    public static IReadOnlyList<JsonObject> Create() =>
    [
        Contact("3197218168379846218", "Alex", "Morgan", "Northwind Telecom", "alex.morgan@northwind.example", "United Kingdom", "London"),
        Contact("3076913644915998721", "Priya", "Natarajan", "Contoso Networks", "billing@contoso.example", "Singapore", "Singapore"),
        Contact("9007199254740993", "Jonas", "Weber", "Fabrikam GmbH", "rechnung@fabrikam.example", "Germany", "Berlin"),
    ];

    private static JsonObject Contact(string id, string first, string last, string company, string email, string country, string city) => new()
    {
        ["billingContactId"] = id,
        ["city"] = city,
        ["company"] = company,
        ["country"] = country,
        ["emailAddress"] = email,
        ["firstName"] = first,
        ["lastName"] = last,
        ["phoneNumber"] = "+44 20 7946 0000",
        ["remark"] = "",
        ["stateProvince"] = "",
        ["street"] = "1 Example Street",
        ["taxNum"] = "",
        ["zipCode"] = "00000",
    };
}
