using System.Text.Json.Nodes;

namespace YeastarPartner.Sandbox.Endpoints;

/// <summary>
/// pageNo and pageSize of the paged lists (O2, R1, U6; API reference section 1), and the page object they
/// answer. With <see cref="SandboxOptions.MaxPageSize"/> the page size is capped silently, the way a data
/// layer clamps it: offsets and totalPage follow the size served, while the reply's pageSize still echoes
/// the size asked for, so a client cannot learn the cap from it.
/// </summary>
public readonly record struct PageRequest(int PageNo, int AskedSize, int ServedSize)
{
    public const int DefaultPageSize = 25;

    /// <summary>Null when the query is valid; otherwise the validation error to answer.</summary>
    public static IResult? TryRead(int? pageNo, int? pageSize, SandboxOptions options, out PageRequest request)
    {
        var no = pageNo ?? 1;
        var size = pageSize ?? DefaultPageSize;
        request = new PageRequest(no, size, options.MaxPageSize > 0 ? Math.Min(size, options.MaxPageSize) : size);
        if (no < 1) return Envelope.Validation("pageNo", "pageNo must be 1 or more.");
        if (size < 1) return Envelope.Validation("pageSize", "pageSize must be 1 or more.");
        return null;
    }

    public JsonObject Page<T>(IReadOnlyList<T> all, Func<T, JsonNode> toJson) => new()
    {
        ["count"] = all.Count,
        ["pageNo"] = PageNo,
        ["pageSize"] = AskedSize,
        ["results"] = new JsonArray(all.Skip((int)Math.Min(int.MaxValue, (long)(PageNo - 1) * ServedSize)).Take(ServedSize).Select(toJson).ToArray()),
        ["total"] = all.Count,
        ["totalPage"] = (all.Count + ServedSize - 1) / ServedSize,
    };
}
