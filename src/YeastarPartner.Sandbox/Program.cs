using YeastarPartner.Sandbox;

// The local Partner Portal sandbox: dotnet run --project src/YeastarPartner.Sandbox -- [--port N]
SandboxOptions options;
try
{
    options = SandboxOptions.FromArgs(args);
}
catch (Exception e) when (e is ArgumentException or FormatException)
{
    Console.Error.WriteLine(e.Message);
    return 2;
}

await using var server = await SandboxServer.StartAsync(options);
Console.WriteLine($"YeastarPartner sandbox listening on {server.Url.ToString().TrimEnd('/')}");
Console.WriteLine($"Client ID: {options.ClientId} (secret: see README). Admin: {server.Url}_sandbox/orders. Ctrl+C stops.");
if (options.UrlFile != null) await File.WriteAllTextAsync(options.UrlFile, server.Url.ToString().TrimEnd('/'));
await server.WaitForShutdownAsync();
return 0;
