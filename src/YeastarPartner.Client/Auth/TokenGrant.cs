using System;

namespace YeastarPartner.Client.Auth
{
    /// <summary>An access token and its refresh token, as the token endpoint issued them.</summary>
    internal sealed class TokenGrant
    {
        public TokenGrant(string accessToken, string tokenHead, string? refreshToken, DateTimeOffset issuedAt, TimeSpan lifetime)
        {
            AccessToken = accessToken;
            TokenHead = string.IsNullOrWhiteSpace(tokenHead) ? "Bearer " : tokenHead;
            RefreshToken = refreshToken;
            IssuedAt = issuedAt;
            Lifetime = lifetime;
        }

        public string AccessToken { get; }
        public string TokenHead { get; }
        public string? RefreshToken { get; }
        public DateTimeOffset IssuedAt { get; }
        public TimeSpan Lifetime { get; }
        public DateTimeOffset ExpiresAt => IssuedAt + Lifetime;

        /// <summary>
        /// Renew ahead of expiry so a request never leaves with a token that dies in flight: 60 seconds for
        /// the documented 30-minute lifetime, a quarter of the lifetime when it is short (tests, sandbox).
        /// </summary>
        public TimeSpan RenewalMargin => TimeSpan.FromTicks(Math.Min(TimeSpan.FromSeconds(60).Ticks, Lifetime.Ticks / 4));

        public bool IsFresh(DateTimeOffset now) => now < ExpiresAt - RenewalMargin;

        public string AuthorizationHeader => TokenHead.EndsWith(" ", StringComparison.Ordinal) ? TokenHead + AccessToken : TokenHead + " " + AccessToken;

        public override string ToString() => $"token expiring {ExpiresAt:u}";
    }
}
