using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;

namespace YeastarPartner.Sandbox.Auth;

/// <summary>Issues and checks access and refresh tokens with the configured lifetimes.</summary>
public sealed class TokenService(SandboxOptions options, TimeProvider clock)
{
    private readonly ConcurrentDictionary<string, DateTimeOffset> _accessTokens = new();
    private readonly ConcurrentDictionary<string, DateTimeOffset> _refreshTokens = new();
    private readonly ConcurrentQueue<string> _everIssued = new();

    public sealed record Issued(string Token, string RefreshToken, int ExpiresInSeconds);

    public Issued Issue()
    {
        var now = clock.GetUtcNow();
        var access = NewJwtLike(options.ClientId, now.AddSeconds(options.AccessTokenLifetimeSeconds));
        var refresh = NewJwtLike(options.ClientId, now.AddSeconds(options.RefreshTokenLifetimeSeconds));
        _accessTokens[access] = now.AddSeconds(options.AccessTokenLifetimeSeconds);
        _refreshTokens[refresh] = now.AddSeconds(options.RefreshTokenLifetimeSeconds);
        _everIssued.Enqueue(access);
        _everIssued.Enqueue(refresh);
        return new Issued(access, refresh, options.AccessTokenLifetimeSeconds);
    }

    /// <summary>Each refresh token works once: the newest one replaces it (inferred, API reference 4.2).</summary>
    public Issued? Refresh(string refreshToken)
    {
        if (!_refreshTokens.TryRemove(refreshToken, out var expires) || expires <= clock.GetUtcNow()) return null;
        return Issue();
    }

    public bool IsValidAccessToken(string token) =>
        _accessTokens.TryGetValue(token, out var expires) && expires > clock.GetUtcNow();

    /// <summary>
    /// Every access and refresh token issued since start, revoked or not, so leak tests can search
    /// captured output for them. A sandbox-only view: the real API has nothing like it.
    /// </summary>
    public IReadOnlyList<string> EverIssued => _everIssued.ToArray();

    /// <summary>Admin control: every issued token stops working at once.</summary>
    public void RevokeAll()
    {
        _accessTokens.Clear();
        _refreshTokens.Clear();
    }

    // The docs' tokens are HS256 JWTs; clients must treat them as opaque, so a JWT-shaped random string will do.
    private static string NewJwtLike(string clientId, DateTimeOffset expires)
    {
        static string B64(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
        var header = B64(Encoding.UTF8.GetBytes("{\"alg\":\"HS256\",\"typ\":\"JWT\"}"));
        var payload = B64(Encoding.UTF8.GetBytes($"{{\"client_id\":\"{clientId}\",\"exp\":{expires.ToUnixTimeSeconds()},\"jti\":\"{Guid.NewGuid():N}\",\"token_type\":\"openapi\"}}"));
        return $"{header}.{payload}.{B64(RandomNumberGenerator.GetBytes(32))}";
    }
}
