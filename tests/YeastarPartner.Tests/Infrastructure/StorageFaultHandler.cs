using System.Net;

namespace YeastarPartner.Tests.Infrastructure;

/// <summary>
/// Stands between a blob client and Azurite: answers the first <c>failures</c> requests whose query contains
/// <c>match</c> with <c>status</c> (never forwarding them), or, with <c>afterForwarding</c>, forwards them and
/// then answers <c>status</c> in place of the real reply (a request that acted but whose answer was lost).
/// </summary>
public sealed class StorageFaultHandler(string match, int failures, HttpStatusCode status = HttpStatusCode.ServiceUnavailable, bool afterForwarding = false)
    : DelegatingHandler(new HttpClientHandler())
{
    private int _left = failures;

    public int Faulted { get; private set; }
    public List<string> Authorizations { get; } = new();

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        lock (Authorizations) Authorizations.Add(request.Headers.Authorization?.ToString() ?? "");
        var hit = (request.RequestUri?.Query.Contains(match) ?? false) && Interlocked.Decrement(ref _left) >= 0;
        if (!hit) return await base.SendAsync(request, cancellationToken);
        Faulted++;
        if (afterForwarding) (await base.SendAsync(request, cancellationToken)).Dispose();
        return new HttpResponseMessage(status) { Content = new StringContent("") };
    }
}
