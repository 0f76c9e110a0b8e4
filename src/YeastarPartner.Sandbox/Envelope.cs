using System.Security.Cryptography;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace YeastarPartner.Sandbox;

/// <summary>The five-field reply of every Partner Portal endpoint (API reference section 2).</summary>
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

    public static IResult Ok(JsonNode? result) => Write(200, Codes.Success, "", result);

    public static IResult Error(int status, string code, string detail, JsonNode? result = null) => Write(status, code, detail, result);

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

    private static IResult Write(int status, string code, string detail, JsonNode? result) =>
        Results.Content(Body(status, code, detail, result).ToJsonString(), "application/json", statusCode: status);

    /// <summary>Writes an envelope straight to the response, for middleware.</summary>
    public static Task WriteAsync(HttpContext context, int status, string code, string detail, JsonNode? result = null)
    {
        context.Response.StatusCode = status;
        context.Response.ContentType = "application/json";
        return context.Response.WriteAsync(Body(status, code, detail, result).ToJsonString());
    }
}
