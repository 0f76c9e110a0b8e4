using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace YeastarPartner.Tests.Infrastructure;

/// <summary>
/// Account SAS tokens of Azurite's published development account (devstoreaccount1; its key is public, in
/// Microsoft's Azurite documentation). Version 2019-12-12, whose string to sign has nine fields.
/// </summary>
public static class AzuriteSas
{
    public const string Account = "devstoreaccount1";
    private const string Key = "Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==";

    public static string AccountSas(DateTimeOffset expiry, string permissions = "racwdl")
    {
        const string version = "2019-12-12", services = "b", resourceTypes = "sco", protocol = "https,http";
        var se = expiry.UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture);
        var toSign = string.Join("\n", Account, permissions, services, resourceTypes, "", se, "", protocol, version, "");
        using var hmac = new HMACSHA256(Convert.FromBase64String(Key));
        var sig = Convert.ToBase64String(hmac.ComputeHash(Encoding.UTF8.GetBytes(toSign)));
        return $"sv={version}&ss={services}&srt={resourceTypes}&sp={permissions}&se={Uri.EscapeDataString(se)}&spr={Uri.EscapeDataString(protocol)}&sig={Uri.EscapeDataString(sig)}";
    }

    /// <summary>The signature as it appears in a URL: what must never show up anywhere.</summary>
    public static string SignatureOf(string url) =>
        Uri.UnescapeDataString(url.Split("sig=")[1].Split('&')[0]);
}
