using System;
using System.Threading;
using System.Threading.Tasks;
using YeastarPartner.Client.Errors;

namespace YeastarPartner.Client.Auth
{
    /// <summary>
    /// One valid access token for every caller of a connection. Callers on many threads share one
    /// renewal: the first waits on the token endpoint, the rest wait on the gate and reuse its result.
    /// </summary>
    internal sealed class TokenCache
    {
        private readonly Func<CancellationToken, Task<TokenGrant>> _acquire;
        private readonly Func<string, CancellationToken, Task<TokenGrant>> _refresh;
        private readonly Func<DateTimeOffset> _clock;
        private readonly SemaphoreSlim _gate = new SemaphoreSlim(1, 1);
        private TokenGrant? _current; // read with Volatile.Read: written under the gate, read without it

        public TokenCache(
            Func<CancellationToken, Task<TokenGrant>> acquire,
            Func<string, CancellationToken, Task<TokenGrant>> refresh,
            Func<DateTimeOffset>? clock = null)
        {
            _acquire = acquire;
            _refresh = refresh;
            _clock = clock ?? (() => DateTimeOffset.UtcNow);
        }

        public DateTimeOffset? ExpiresAt => Volatile.Read(ref _current)?.ExpiresAt;

        public async Task<TokenGrant> GetAsync(CancellationToken cancellationToken)
        {
            var grant = Volatile.Read(ref _current);
            if (grant != null && grant.IsFresh(_clock())) return grant;

            await _gate.WaitAsync(cancellationToken).ConfigureAwait(false);
            try
            {
                grant = Volatile.Read(ref _current);
                if (grant != null && grant.IsFresh(_clock())) return grant;
                var renewed = await RenewAsync(grant, cancellationToken).ConfigureAwait(false);
                Volatile.Write(ref _current, renewed);
                return renewed;
            }
            finally
            {
                _gate.Release();
            }
        }

        /// <summary>
        /// The server refused <paramref name="rejected"/> (HTTP 401). Only that token is dropped, so
        /// concurrent callers that all saw the same 401 cause one renewal, not one each.
        /// </summary>
        public void Invalidate(TokenGrant rejected)
        {
            var current = Volatile.Read(ref _current);
            if (current != null && ReferenceEquals(current, rejected))
                Interlocked.CompareExchange(ref _current, new TokenGrant(current.AccessToken, current.TokenHead, current.RefreshToken, current.IssuedAt, TimeSpan.Zero), current);
        }

        public void Clear() => Volatile.Write(ref _current, null);

        private async Task<TokenGrant> RenewAsync(TokenGrant? previous, CancellationToken cancellationToken)
        {
            if (previous?.RefreshToken != null)
            {
                try
                {
                    return await _refresh(previous.RefreshToken, cancellationToken).ConfigureAwait(false);
                }
                catch (YeastarApiException)
                {
                    // A refused or expired refresh token is not fatal: the client credentials still work.
                }
            }
            return await _acquire(cancellationToken).ConfigureAwait(false);
        }
    }
}
