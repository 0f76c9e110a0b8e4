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

    // What the docs leave open, played the unfriendly way (docs/sandbox.md, "Playing the undocumented").

    /// <summary>O2 ignores <c>sort</c> and always answers oldest first.</summary>
    public bool IgnoreSort { get; set; }

    /// <summary>Every paged list serves at most this many items per page, silently; 0 = no cap.</summary>
    public int MaxPageSize { get; set; }

    /// <summary>Token failures answer HTTP 401 with a text/plain "Unauthorized" body instead of the envelope.</summary>
    public bool PlainUnauthorized { get; set; }

    /// <summary>U1, U2 and R5 (typed Object&lt;...&gt; in the docs) answer one bare object, the first entry, instead of an array.</summary>
    public bool SingleObjectLists { get; set; }

    /// <summary>Results carry numbers as strings, digit-string IDs as JSON numbers, nulls as "" and an unknown field.</summary>
    public bool LooseTypes { get; set; }

    /// <summary>Orders from the previous 30 days for devices outside the normal seed; they survive a reset while this stays above 0.</summary>
    public int SeedHistoryOrders { get; set; }

    /// <summary>Extra Appliance Edition (product 11) products on top of the seven seeded; they survive a reset while this stays above 0.</summary>
    public int SeedProducts { get; set; }

    /// <summary>P9 answers its price lines without price or currency, and O2/O3 carry no amount: the unknown-price path.</summary>
    public bool NoPrices { get; set; }

    public static SandboxOptions FromArgs(string[] args)
    {
        var options = new SandboxOptions();
        for (var i = 0; i < args.Length; i++)
        {
            string Next() => i + 1 < args.Length ? args[++i] : throw new ArgumentException($"{args[i]} needs a value.");
            int Count() => int.Parse(Next()) is var n and >= 0 ? n : throw new ArgumentException($"{args[i - 1]} needs a number of 0 or more.");
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
                case "--ignore-sort": options.IgnoreSort = true; break;
                case "--max-page-size": options.MaxPageSize = Count(); break;
                case "--plain-unauthorized": options.PlainUnauthorized = true; break;
                case "--single-object-lists": options.SingleObjectLists = true; break;
                case "--loose-types": options.LooseTypes = true; break;
                case "--seed-history-orders": options.SeedHistoryOrders = Count(); break;
                case "--seed-products": options.SeedProducts = Count(); break;
                case "--no-prices": options.NoPrices = true; break;
                case "--undocumented":
                    // Every behaviour the docs allow and the module must survive, at once.
                    options.IgnoreSort = options.PlainUnauthorized = options.SingleObjectLists = options.LooseTypes = true;
                    options.MaxPageSize = 20;
                    break;
                default: throw new ArgumentException($"Unknown option {args[i]}. Options: --port N (0 = any free port), --url-file PATH, --client-id ID, --client-secret SECRET, --token-lifetime SECONDS, --refresh-lifetime SECONDS, --order-status succeed|pending, --disable-rule NAME (repeatable), --ignore-sort, --max-page-size N, --plain-unauthorized, --single-object-lists, --loose-types, --undocumented (all five, pages capped at 20), --seed-history-orders N, --seed-products N, --no-prices.");
            }
        }
        return options;
    }
}
