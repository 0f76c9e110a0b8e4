using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace YeastarPartner.Tests.Infrastructure;

/// <summary>
/// A minimal HTTP proxy on loopback that demands Basic authentication (407) and then refuses the tunnel
/// (502). It records the request line and Proxy-Authorization header of every request it gets, which is
/// all a test needs to prove that a client used the proxy and its credentials.
/// </summary>
public sealed class FakeProxy : IDisposable
{
    private readonly TcpListener _listener = new(IPAddress.Loopback, 0);
    private readonly CancellationTokenSource _stop = new();

    public sealed record Seen(string RequestLine, string? ProxyAuthorization);

    public FakeProxy()
    {
        _listener.Start();
        _ = Task.Run(AcceptLoopAsync);
    }

    public Uri Url => new($"http://127.0.0.1:{((IPEndPoint)_listener.LocalEndpoint).Port}");

    public ConcurrentQueue<Seen> Requests { get; } = new();

    private async Task AcceptLoopAsync()
    {
        while (!_stop.IsCancellationRequested)
        {
            TcpClient client;
            try { client = await _listener.AcceptTcpClientAsync(_stop.Token); }
            catch (Exception) { return; }
            _ = Task.Run(() => AnswerAsync(client));
        }
    }

    private async Task AnswerAsync(TcpClient client)
    {
        using (client)
        {
            var stream = client.GetStream();
            var reader = new StreamReader(stream, Encoding.ASCII);
            var requestLine = await reader.ReadLineAsync() ?? "";
            string? authorization = null;
            for (var line = await reader.ReadLineAsync(); !string.IsNullOrEmpty(line); line = await reader.ReadLineAsync())
                if (line.StartsWith("Proxy-Authorization:", StringComparison.OrdinalIgnoreCase)) authorization = line["Proxy-Authorization:".Length..].Trim();
            Requests.Enqueue(new Seen(requestLine, authorization));
            var reply = authorization == null
                ? "HTTP/1.1 407 Proxy Authentication Required\r\nProxy-Authenticate: Basic realm=\"test\"\r\nContent-Length: 0\r\nConnection: close\r\n\r\n"
                : "HTTP/1.1 502 Bad Gateway\r\nContent-Length: 0\r\nConnection: close\r\n\r\n";
            var bytes = Encoding.ASCII.GetBytes(reply);
            await stream.WriteAsync(bytes);
        }
    }

    public void Dispose()
    {
        _stop.Cancel();
        _listener.Stop();
    }
}
