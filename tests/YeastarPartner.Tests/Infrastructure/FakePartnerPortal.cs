using System.Collections.Concurrent;
using System.Net;
using System.Text;
using YeastarPartner.Client;
using YeastarPartner.Client.Auth;

namespace YeastarPartner.Tests.Infrastructure;

/// <summary>
/// An HttpMessageHandler that plays the Partner Portal for client tests: it issues numbered tokens
/// (access-1, refresh-1, ...) and answers every other call with what the test's responder returns.
/// Every request is recorded, so tests count exactly what went over the wire.
/// </summary>
public sealed class FakePartnerPortal : HttpMessageHandler
{
    public const string Secret = "fake-secret-4711";
    private int _tokensIssued;

    public sealed record Call(DateTimeOffset Time, string Method, string Path, string? Authorization, string Body, string Query = "")
    {
        /// <summary>One query parameter's value, or null.</summary>
        public string? QueryValue(string name) =>
            Query.TrimStart('?').Split('&', StringSplitOptions.RemoveEmptyEntries).Select(p => p.Split('=', 2))
                .Where(p => p[0] == name).Select(p => WebUtility.UrlDecode(p.Length > 1 ? p[1] : "")).FirstOrDefault();
    }

    public ConcurrentQueue<Call> Calls { get; } = new();

    /// <summary>Answers API calls (not token calls). Default: an empty successful list.</summary>
    public Func<Call, int, Task<HttpResponseMessage>> Respond { get; set; } = (_, _) => Task.FromResult(Ok("[]"));

    /// <summary>Answers token calls; default issues a fresh token for the right secret and 401 otherwise.</summary>
    public Func<Call, HttpResponseMessage>? RespondToToken { get; set; }

    public int TokenLifetimeSeconds { get; set; } = 1800;

    public IReadOnlyList<Call> ApiCalls => Calls.Where(c => c.Path != TokenEndpoint.Path).ToList();
    public IReadOnlyList<Call> TokenCalls => Calls.Where(c => c.Path == TokenEndpoint.Path).ToList();

    public YeastarClient CreateClient(int maxRetry = 3, TimeSpan? timeout = null, TimeSpan? maxRetryDelay = null, string secret = Secret)
    {
        var options = new YeastarClientOptions
        {
            BaseUri = new Uri("https://partner.example.test"),
            Handler = this,
            MaxRetry = maxRetry,
            Timeout = timeout ?? TimeSpan.FromSeconds(30),
            MaxRetryDelay = maxRetryDelay ?? TimeSpan.FromMilliseconds(20),
        };
        return new YeastarClient(options, new ClientCredentials("fake-client", Secure(secret)));
    }

    public static System.Security.SecureString Secure(string text)
    {
        var secure = new System.Security.SecureString();
        foreach (var c in text) secure.AppendChar(c);
        return secure;
    }

    public static HttpResponseMessage Ok(string resultJson) => Envelope(200, "success", "", resultJson);

    public static HttpResponseMessage Envelope(int status, string code, string detail, string resultJson = "null", string requestId = "req-0001") =>
        Json(status, $"{{\"code\":\"{code}\",\"detailMessage\":\"{detail}\",\"requestId\":\"{requestId}\",\"result\":{resultJson},\"status\":{status}}}");

    /// <summary>A reply without the envelope, as a gateway in front of the API might send it.</summary>
    public static HttpResponseMessage Plain(int status, string text) =>
        new((HttpStatusCode)status) { Content = new StringContent(text, Encoding.UTF8, "text/plain") };

    public static HttpResponseMessage Json(int status, string body) =>
        new((HttpStatusCode)status) { Content = new StringContent(body, Encoding.UTF8, "application/json") };

    public static HttpResponseMessage WithRetryAfter(HttpResponseMessage response, string value)
    {
        response.Headers.TryAddWithoutValidation("Retry-After", value);
        return response;
    }

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var body = request.Content == null ? "" : await request.Content.ReadAsStringAsync(cancellationToken);
        var call = new Call(DateTimeOffset.UtcNow, request.Method.Method, request.RequestUri!.AbsolutePath,
            request.Headers.Authorization?.ToString(), WebUtility.UrlDecode(body), request.RequestUri.Query);
        Calls.Enqueue(call);
        if (call.Path == TokenEndpoint.Path) return RespondToToken?.Invoke(call) ?? IssueToken(call);
        var index = Calls.Count(c => c.Path == call.Path) - 1;
        // Like a real socket, stop waiting for the reply when the client gives up.
        return await Respond(call, index).WaitAsync(cancellationToken);
    }

    private HttpResponseMessage IssueToken(Call call)
    {
        var valid = call.Body.Contains("grant_type=refresh_token") || call.Body.Contains("client_secret=" + Secret);
        if (!valid) return Envelope(401, "unauthorized", "The client ID or client secret is wrong.");
        var n = Interlocked.Increment(ref _tokensIssued);
        // expiresIn is a String on the wire, as documented.
        return Ok($"{{\"expiresIn\":\"{TokenLifetimeSeconds}\",\"refreshToken\":\"refresh-{n}\",\"token\":\"access-{n}\",\"tokenHead\":\"Bearer \"}}");
    }
}
