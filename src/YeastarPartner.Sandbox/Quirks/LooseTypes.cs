using System.Text.Json;
using System.Text.Json.Nodes;

namespace YeastarPartner.Sandbox.Quirks;

/// <summary>
/// Rewrites a result the way a server with a loose idea of its own types might send it: counts, product
/// IDs and times as strings, digit-string IDs as JSON numbers (exact Int64, never a double), every null
/// as "", and an unknown field in every object. The docs type most fields but show few real replies.
/// </summary>
public static class LooseTypes
{
    /// <summary>Numbers sent as strings: "11", "1700000000000", "45".</summary>
    private static readonly HashSet<string> NumbersAsText =
        ["productId", "createTime", "generateTime", "quantity", "count", "pageNo", "pageSize", "total", "totalPage"];

    /// <summary>IDs the sandbox normally sends as strings, sent as JSON numbers (19 digits, above 2^53).</summary>
    private static readonly HashSet<string> TextAsNumbers = ["billingContactId", "partnerId", "id", "instanceId"];

    public const string UnknownField = "extInfo";

    public static JsonNode? Apply(JsonNode? result)
    {
        var copy = result?.DeepClone();
        Rewrite(copy);
        return copy;
    }

    private static void Rewrite(JsonNode? node)
    {
        switch (node)
        {
            case JsonArray array:
                foreach (var item in array) Rewrite(item);
                break;
            case JsonObject obj:
                foreach (var (name, value) in obj.ToList())
                {
                    if (value == null) obj[name] = "";
                    else if (value.GetValueKind() == JsonValueKind.Number && NumbersAsText.Contains(name)) obj[name] = value.ToJsonString();
                    else if (value.GetValueKind() == JsonValueKind.String && TextAsNumbers.Contains(name) && long.TryParse(value.GetValue<string>(), out var id)) obj[name] = id;
                    else Rewrite(value);
                }
                obj[UnknownField] = new JsonObject { ["source"] = "sandbox", ["flags"] = new JsonArray(1, "two", null) };
                break;
        }
    }
}
