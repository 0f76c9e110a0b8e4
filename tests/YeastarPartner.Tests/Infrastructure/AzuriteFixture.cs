using System.Diagnostics;
using System.Text.RegularExpressions;
using YeastarPartner.Client.Blob;
using YeastarPartner.Client.Http;

namespace YeastarPartner.Tests.Infrastructure;

/// <summary>
/// Azurite's blob service (tests/azurite, installed by build.ps1 Test and .ci/run) on a free loopback port,
/// in memory, with the container <see cref="Container"/>; stopped with its process tree however the tests end.
/// A missing Azurite fails the tests that use it: they are never skipped.
/// </summary>
public sealed class AzuriteFixture : IAsyncLifetime
{
    public const string Container = "journals";
    private Process? _process;

    public Uri ServiceUrl { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        var bin = FindAzurite();
        var start = new ProcessStartInfo(bin)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var a in new[] { "--blobHost", "127.0.0.1", "--blobPort", "0", "--inMemoryPersistence", "--skipApiVersionCheck", "--loose", "--disableTelemetry", "--silent" })
            start.ArgumentList.Add(a);
        _process = Process.Start(start) ?? throw new InvalidOperationException($"Azurite did not start from '{bin}'.");
        var listening = new Regex(@"listens on (http://127\.0\.0\.1:\d+)");
        var timeout = Task.Delay(TimeSpan.FromSeconds(60));
        while (true)
        {
            var line = _process.StandardOutput.ReadLineAsync();
            if (await Task.WhenAny(line, timeout) == timeout || line.Result == null)
                throw new InvalidOperationException($"Azurite did not say which port it listens on: {await _process.StandardError.ReadToEndAsync()}");
            var match = listening.Match(line.Result);
            if (match.Success) { ServiceUrl = new Uri(match.Groups[1].Value); break; }
        }
        _ = _process.StandardOutput.ReadToEndAsync();
        _ = _process.StandardError.ReadToEndAsync();
        using var client = Client(BlobUrlText("probe.csv"));
        await client.CreateContainerAsync(CancellationToken.None);
    }

    public Task DisposeAsync()
    {
        if (_process is { HasExited: false }) { _process.Kill(entireProcessTree: true); _process.WaitForExit(10_000); }
        _process?.Dispose();
        return Task.CompletedTask;
    }

    /// <summary>The URL of a blob in the test container, with a SAS of the well-known development account (or none).</summary>
    public string BlobUrlText(string name, bool withSas = true, DateTimeOffset? sasExpiry = null, string permissions = "racwdl") =>
        $"{ServiceUrl.AbsoluteUri}{AzuriteSas.Account}/{Container}/{name}" + (withSas ? "?" + AzuriteSas.AccountSas(sasExpiry ?? DateTimeOffset.UtcNow.AddHours(2), permissions) : "");

    /// <summary>A unique blob name, so tests sharing one Azurite do not share a journal.</summary>
    public string NewBlobUrl(string prefix = "journal") => BlobUrlText($"{prefix}-{Guid.NewGuid():N}.csv");

    internal BlobRestClient Client(string url, HttpMessageHandler? handler = null) =>
        new(BlobUrl.Parse(url), null, TimeSpan.FromSeconds(10), new RetryPolicy(3, TimeSpan.FromMilliseconds(50)), handler);

    /// <summary>tests/azurite/node_modules/.bin/azurite-blob above the test assembly, or YS_AZURITE_BLOB.</summary>
    public static string FindAzurite()
    {
        var configured = Environment.GetEnvironmentVariable("YS_AZURITE_BLOB");
        if (!string.IsNullOrEmpty(configured) && File.Exists(configured)) return configured;
        var name = OperatingSystem.IsWindows() ? "azurite-blob.cmd" : "azurite-blob";
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir != null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "tests", "azurite", "node_modules", ".bin", name);
            if (File.Exists(candidate)) return candidate;
        }
        throw new InvalidOperationException("Azurite is not installed: run 'npm ci' in tests/azurite (build.ps1 Test does it).");
    }
}
