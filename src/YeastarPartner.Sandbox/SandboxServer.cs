using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using YeastarPartner.Sandbox.Auth;
using YeastarPartner.Sandbox.Endpoints;
using YeastarPartner.Sandbox.Faults;
using YeastarPartner.Sandbox.Store;

namespace YeastarPartner.Sandbox;

/// <summary>A running sandbox on 127.0.0.1. Used by Program (the process) and by in-process tests.</summary>
public sealed class SandboxServer : IAsyncDisposable
{
    private readonly WebApplication _app;

    private SandboxServer(WebApplication app, Uri url)
    {
        _app = app;
        Url = url;
    }

    public Uri Url { get; }
    public SandboxOptions Options => _app.Services.GetRequiredService<SandboxOptions>();
    public SandboxStore Store => _app.Services.GetRequiredService<SandboxStore>();
    public FaultInjector Faults => _app.Services.GetRequiredService<FaultInjector>();
    public RequestLog Requests => _app.Services.GetRequiredService<RequestLog>();
    public TokenService Tokens => _app.Services.GetRequiredService<TokenService>();

    public static async Task<SandboxServer> StartAsync(SandboxOptions options, TimeProvider? clock = null)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        builder.WebHost.UseUrls($"http://127.0.0.1:{options.Port}");
        builder.Services.AddSingleton(options);
        builder.Services.AddSingleton(clock ?? TimeProvider.System);
        builder.Services.AddSingleton<TokenService>();
        builder.Services.AddSingleton<SandboxStore>();
        builder.Services.AddSingleton<FaultInjector>();
        builder.Services.AddSingleton<RequestLog>();
        builder.Services.ConfigureHttpJsonOptions(o => o.SerializerOptions.Converters.Add(new System.Text.Json.Serialization.JsonStringEnumConverter()));

        var app = builder.Build();
        SandboxPipeline.Use(app);
        TokenEndpoints.Map(app);
        UserEndpoints.Map(app);
        PricingEndpoints.Map(app);
        ProductEndpoints.Map(app);
        OrderEndpoints.Map(app);
        AdminEndpoints.Map(app);
        app.MapFallback((HttpContext c) => Envelope.Error(404, Envelope.Codes.NotFound, $"No endpoint {c.Request.Method} {c.Request.Path}."));

        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return new SandboxServer(app, new Uri(address));
    }

    public Task WaitForShutdownAsync() => _app.WaitForShutdownAsync();

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
