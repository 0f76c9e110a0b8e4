using System.Text.Json;

namespace YeastarPartner.Sandbox.Orders;

/// <summary>A rule an order broke: the field and what is wrong, returned as HTTP 400 parameter_validation_failed.</summary>
public sealed record RuleViolation(string Field, string Message);

/// <summary>Reads fields of an order body strictly: IDs must be JSON integers that fit Int64, exactly.</summary>
internal static class JsonFields
{
    public static bool TryGetString(JsonElement obj, string name, out string value)
    {
        value = "";
        if (!obj.TryGetProperty(name, out var e) || e.ValueKind != JsonValueKind.String) return false;
        value = e.GetString()!;
        return true;
    }

    /// <summary>True only for a JSON number written as an integer that fits Int64 (no exponent, no fraction).</summary>
    public static bool TryGetInt64(JsonElement obj, string name, out long value)
    {
        value = 0;
        return obj.TryGetProperty(name, out var e) && e.ValueKind == JsonValueKind.Number && e.TryGetInt64(out value);
    }

    public static bool Has(JsonElement obj, string name) => obj.TryGetProperty(name, out var e) && e.ValueKind != JsonValueKind.Null;
}
