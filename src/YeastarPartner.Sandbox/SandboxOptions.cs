namespace YeastarPartner.Sandbox;

/// <summary>Settings of one sandbox instance; most can be changed while it runs through /_sandbox/settings.</summary>
public sealed class SandboxOptions
{
    /// <summary>0 picks a free port.</summary>
    public int Port { get; set; } = 5199;
    public string ClientId { get; set; } = "sandbox-client-id";
    public string ClientSecret { get; set; } = "sandbox-client-secret";

    /// <summary>Documented: 30 minutes (API reference section 4).</summary>
    public int AccessTokenLifetimeSeconds { get; set; } = 1800;

    /// <summary>Documented: 15 days.</summary>
    public int RefreshTokenLifetimeSeconds { get; set; } = 15 * 24 * 3600;

    /// <summary>orderStatus of a paid order. "succeed" as in the tutorial; "pending" mimics an order awaiting payment.</summary>
    public string PaidOrderStatus { get; set; } = "succeed";

    /// <summary>Section-7 rules switched off (names in Orders.OrderRules.Names), for rehearsing against a looser live API.</summary>
    public HashSet<string> DisabledRules { get; } = new(StringComparer.Ordinal);

    /// <summary>Where to write the listening URL once started (for scripts that start the sandbox on port 0).</summary>
    public string? UrlFile { get; set; }

    public static SandboxOptions FromArgs(string[] args)
    {
        var options = new SandboxOptions();
        for (var i = 0; i < args.Length; i++)
        {
            string Next() => i + 1 < args.Length ? args[++i] : throw new ArgumentException($"{args[i]} needs a value.");
            switch (args[i])
            {
                case "--port": options.Port = int.Parse(Next()); break;
                case "--url-file": options.UrlFile = Next(); break;
                case "--client-id": options.ClientId = Next(); break;
                case "--client-secret": options.ClientSecret = Next(); break;
                case "--token-lifetime": options.AccessTokenLifetimeSeconds = int.Parse(Next()); break;
                case "--refresh-lifetime": options.RefreshTokenLifetimeSeconds = int.Parse(Next()); break;
                case "--order-status": options.PaidOrderStatus = Next(); break;
                case "--disable-rule": options.DisabledRules.Add(Next()); break;
                default: throw new ArgumentException($"Unknown option {args[i]}. Options: --port N (0 = any free port), --url-file PATH, --client-id ID, --client-secret SECRET, --token-lifetime SECONDS, --refresh-lifetime SECONDS, --order-status succeed|pending, --disable-rule NAME (repeatable).");
            }
        }
        return options;
    }
}
