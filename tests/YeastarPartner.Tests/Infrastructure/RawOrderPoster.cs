using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;

namespace YeastarPartner.Tests.Infrastructure;

/// <summary>
/// Posts an O1 body to the sandbox exactly as written, with a valid token and no client in between: the
/// way to reach the sandbox's own rules with bodies the client's checks would never let out.
/// </summary>
public sealed class RawOrderPoster : IDisposable
{
    public const string SavePath = "/order/openapi/order/v1/save";

    private readonly HttpClient _http = new();
    private readonly Uri _url;

    public RawOrderPoster(Uri url)
    {
        _url = url;
        _http.DefaultRequestHeaders.UserAgent.ParseAdd("OpenAPI");
    }

    public async Task<OrderReply> PostAsync(string body)
    {
        if (_http.DefaultRequestHeaders.Authorization == null)
            _http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", await TokenAsync());
        using var content = new StringContent(body, Encoding.UTF8, "application/json");
        using var reply = await _http.PostAsync(new Uri(_url, SavePath), content);
        var envelope = JsonNode.Parse(await reply.Content.ReadAsStringAsync())!.AsObject();
        return new OrderReply((int)reply.StatusCode, envelope);
    }

    private async Task<string> TokenAsync()
    {
        using var reply = await _http.PostAsync(new Uri(_url, "/auth/openapi/v1/oauth/token"), new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["client_id"] = SandboxFixture.ClientId, ["client_secret"] = SandboxFixture.ClientSecret, ["grant_type"] = "pp_credentials",
        }));
        reply.EnsureSuccessStatusCode();
        return (string)(await reply.Content.ReadFromJsonAsync<JsonObject>())!["result"]!["token"]!;
    }

    public void Dispose() => _http.Dispose();
}

/// <summary>The HTTP status and envelope of an O1 reply; <see cref="Field"/> is the 400 envelope's <c>result.field</c>.</summary>
public sealed record OrderReply(int Status, JsonObject Envelope)
{
    public string? Field => (string?)Envelope["result"]?["field"];
    public string? Detail => (string?)Envelope["detailMessage"];

    public override string ToString() => $"{Status} {Field}: {Detail}";
}
