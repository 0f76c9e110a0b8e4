using System.Security.Cryptography;
using System.Text.Json;
using System.Text.Json.Nodes;
using YeastarPartner.Sandbox.Quirks;

namespace YeastarPartner.Sandbox;

/// <summary>
/// The five-field reply of every Partner Portal endpoint (API reference section 2). Every API reply is
/// written by <see cref="WriteAsync"/>, the one place that plays the switched-on quirks of
/// <see cref="SandboxOptions"/> (plain 401 bodies, single-object lists, loose types).
/// </summary>
public static class Envelope
{
    /// <summary>
    /// Error codes. Only the truncated "parameter_validation_f..." was ever seen in the docs; every code
    /// here is ASSUMED (API reference section 2, inferred) and may differ on the live API.
    /// </summary>
    public static class Codes
    {
        public const string Success = "success";
        public const string ValidationFailed = "parameter_validation_failed"; // assumed (the docs show only its start)
        public const string Unauthorized = "unauthorized";                     // assumed
        public const string NotFound = "not_found";                            // assumed
        public const string TooManyRequests = "too_many_requests";             // assumed
        public const string InternalError = "internal_error";                  // assumed
    }

    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static string NewRequestId() => Convert.ToHexString(RandomNumberGenerator.GetBytes(16)).ToLowerInvariant();

    public static IResult Ok(JsonNode? result) => new Reply(200, Codes.Success, "", result, ObjectTypedList: false);

    /// <summary>
    /// A list the docs type <c>Object&lt;...&gt;</c> (U1, U2, R5): an array, or with
    /// <see cref="SandboxOptions.SingleObjectLists"/> its first entry as a bare object.
    /// </summary>
    public static IResult OkObjectTypedList(JsonArray items) => new Reply(200, Codes.Success, "", items, ObjectTypedList: true);

    public static IResult Error(int status, string code, string detail, JsonNode? result = null) => new Reply(status, code, detail, result, ObjectTypedList: false);

    public static IResult Validation(string field, string detail) =>
        Error(400, Codes.ValidationFailed, detail, new JsonObject { ["field"] = field });

    public static JsonObject Body(int status, string code, string detail, JsonNode? result) => new()
    {
        ["code"] = code,
        ["detailMessage"] = detail,
        ["requestId"] = NewRequestId(),
        ["result"] = result,
        ["status"] = status,
    };

    /// <summary>Writes a reply straight to the response (for middleware and endpoints alike).</summary>
    public static Task WriteAsync(HttpContext context, int status, string code, string detail, JsonNode? result = null, bool objectTypedList = false)
    {
        var options = context.RequestServices.GetRequiredService<SandboxOptions>();
        context.Response.StatusCode = status;
        if (status == 401 && options.PlainUnauthorized)
        {
            // What a gateway in front of the API might answer: no envelope, no requestId.
            context.Response.ContentType = "text/plain";
            return context.Response.WriteAsync("Unauthorized");
        }
        if (code == Codes.Success)
        {
            if (objectTypedList && options.SingleObjectLists && result is JsonArray list)
                result = list.Count == 0 ? null : list[0]!.DeepClone();
            if (options.LooseTypes) result = LooseTypes.Apply(result);
        }
        context.Response.ContentType = "application/json";
        return context.Response.WriteAsync(Body(status, code, detail, result).ToJsonString());
    }

    private sealed record Reply(int Status, string Code, string Detail, JsonNode? Result, bool ObjectTypedList) : IResult
    {
        public Task ExecuteAsync(HttpContext httpContext) => WriteAsync(httpContext, Status, Code, Detail, Result, ObjectTypedList);
    }
}
