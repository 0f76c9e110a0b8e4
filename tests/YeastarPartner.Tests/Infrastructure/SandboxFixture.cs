using System.Text.Json.Nodes;
using YeastarPartner.Sandbox;

namespace YeastarPartner.Tests.Infrastructure;

/// <summary>A real sandbox on a free loopback port, shared by the tests of one class.</summary>
public sealed class SandboxFixture : IAsyncLifetime
{
    public const string ClientId = "sandbox-client-id";
    public const string ClientSecret = "sandbox-client-secret";

    public SandboxServer Server { get; private set; } = null!;
    public Uri Url => Server.Url;

    public async Task InitializeAsync() => Server = await SandboxServer.StartAsync(new SandboxOptions { Port = 0 });

    public async Task DisposeAsync() => await Server.DisposeAsync();

    /// <summary>Empties orders, faults and the request log and switches every order rule back on, so each test starts clean.</summary>
    public void Reset()
    {
        Server.Store.Reset();
        Server.Faults.Clear();
        Server.Requests.Clear();
        Server.Options.DisabledRules.Clear();
    }

    public JsonObject OrderBody(int index) => JsonNode.Parse(Server.Store.Orders[index].RequestBody)!.AsObject();
}
