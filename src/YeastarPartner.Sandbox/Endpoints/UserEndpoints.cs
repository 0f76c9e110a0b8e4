using System.Text.Json;
using System.Text.Json.Nodes;
using YeastarPartner.Sandbox.Store;

namespace YeastarPartner.Sandbox.Endpoints;

/// <summary>U1 billing contacts, U2-U5 subordinate users, U6 countries.</summary>
public static class UserEndpoints
{
    private static readonly string[] TaxTypes = ["VAT_number", "Tax_ID", "TIN_number", "RUC", "CUIT"];
    private static readonly string[] EditableFields = ["company", "firstName", "lastName", "phoneNumber", "stateProvince", "city", "street", "zipCode", "taxType", "taxNum", "remark"];

    public static void Map(WebApplication app)
    {
        app.MapGet("/user/openapi/user/v1/client/billing_contact_list", (SandboxStore store) =>
            Envelope.OkObjectTypedList(new JsonArray(store.BillingContacts.Select(c => (JsonNode)c.DeepClone()).ToArray())));

        app.MapGet("/user/openapi/user/v1/client/partner_list", (SandboxStore store) =>
            Envelope.OkObjectTypedList(new JsonArray(store.SubordinateUsers.Select(u => (JsonNode)u).ToArray())));

        app.MapGet("/user/openapi/user/v1/subordinate_user/{partnerId}", (SandboxStore store, string partnerId) =>
            store.FindUser(partnerId) is { } user ? Envelope.Ok(user) : Envelope.Error(404, Envelope.Codes.NotFound, $"No subordinate user '{partnerId}'."));

        app.MapPost("/user/openapi/user/v1/client/save_user", async (HttpContext context, SandboxStore store) =>
        {
            if (await ReadUserAsync(context) is not { } body) return Envelope.Validation("body", "The body must be a JSON object.");
            if (CheckCommon(body) is { } error) return error;
            if (string.IsNullOrWhiteSpace((string?)body["company"])) return Envelope.Validation("company", "company is required.");
            var country = (string?)body["country"];
            if (string.IsNullOrWhiteSpace(country)) return Envelope.Validation("country", "country (a name from the country list) is required.");
            if (!ReferenceData.Countries.Any(c => c.Name == country)) return Envelope.Validation("country", $"country '{country}' is not in the country list.");
            if (string.IsNullOrWhiteSpace((string?)body["firstName"]) && string.IsNullOrWhiteSpace((string?)body["lastName"]))
                return Envelope.Validation("firstName", "At least one of firstName and lastName is required.");
            var fields = new JsonObject { ["email"] = (string?)body["yeastarId"], ["country"] = country };
            foreach (var name in EditableFields) if (body[name] != null) fields[name] = body[name]!.DeepClone();
            return store.AddUser(fields) ? Envelope.Ok(true) : Envelope.Validation("yeastarId", $"A user with Yeastar ID '{body["yeastarId"]}' already exists.");
        });

        app.MapPost("/user/openapi/user/v1/client/edit_user", async (HttpContext context, SandboxStore store) =>
        {
            if (await ReadUserAsync(context) is not { } body) return Envelope.Validation("body", "The body must be a JSON object.");
            if (CheckCommon(body) is { } error) return error;
            if (body["country"] != null) return Envelope.Validation("country", "Edit a Subordinate User has no country field.");
            var changes = new JsonObject();
            foreach (var name in EditableFields) if (body[name] != null) changes[name] = body[name]!.DeepClone();
            return store.EditUser((string)body["yeastarId"]!, changes)
                ? Envelope.Ok(true)
                : Envelope.Error(404, Envelope.Codes.NotFound, $"No subordinate user with Yeastar ID '{body["yeastarId"]}'.");
        });

        app.MapGet("/user/openapi/area/v1/page", (SandboxOptions options, int? pageNo, int? pageSize, string? sort, string? name) =>
        {
            if (PageRequest.TryRead(pageNo, pageSize, options, out var page) is { } error) return error;
            if (sort is not (null or "name" or "-name")) return Envelope.Validation("sort", "sort must be name or -name.");
            var all = ReferenceData.Countries.Where(c => name == null || c.Name.Contains(name, StringComparison.OrdinalIgnoreCase)).OrderBy(c => c.Name, StringComparer.Ordinal).ToList();
            if (sort == "-name") all.Reverse();
            return Envelope.Ok(page.Page(all, c => new JsonObject { ["code"] = c.Code, ["id"] = c.Id, ["name"] = c.Name }));
        });
    }

    private static async Task<JsonObject?> ReadUserAsync(HttpContext context)
    {
        try { return JsonNode.Parse(await OrderEndpoints.ReadBodyAsync(context)) as JsonObject; }
        catch (JsonException) { return null; }
    }

    private static IResult? CheckCommon(JsonObject body)
    {
        if ((string?)body["userType"] != "Customer") return Envelope.Validation("userType", "userType must be Customer.");
        if (string.IsNullOrWhiteSpace((string?)body["yeastarId"]) || !((string)body["yeastarId"]!).Contains('@'))
            return Envelope.Validation("yeastarId", "yeastarId (the user's email) is required.");
        var taxType = (string?)body["taxType"];
        if (taxType != null && !TaxTypes.Contains(taxType)) return Envelope.Validation("taxType", $"taxType must be one of {string.Join(", ", TaxTypes)}.");
        return null;
    }
}
