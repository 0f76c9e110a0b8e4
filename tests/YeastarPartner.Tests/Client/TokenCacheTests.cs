using YeastarPartner.Client.Auth;
using YeastarPartner.Client.Errors;

namespace YeastarPartner.Tests.Client;

public sealed class TokenCacheTests
{
    private DateTimeOffset _now = new(2026, 11, 26, 12, 0, 0, TimeSpan.Zero);
    private int _acquired;
    private int _refreshed;
    private TimeSpan _lifetime = TimeSpan.FromMinutes(30);
    private Func<Task>? _acquireGate;
    private Exception? _refreshFailure;

    private TokenCache CreateCache() => new(
        async ct =>
        {
            var n = Interlocked.Increment(ref _acquired);
            if (_acquireGate != null) await _acquireGate();
            return new TokenGrant($"access-{n}", "Bearer ", $"refresh-{n}", _now, _lifetime);
        },
        (refreshToken, ct) =>
        {
            Interlocked.Increment(ref _refreshed);
            if (_refreshFailure != null) throw _refreshFailure;
            return Task.FromResult(new TokenGrant($"refreshed-from-{refreshToken}", "Bearer ", "refresh-next", _now, _lifetime));
        },
        () => _now);

    [Fact]
    public async Task Concurrent_callers_share_one_token_request()
    {
        var release = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        _acquireGate = () => release.Task;
        var cache = CreateCache();

        // Each call runs synchronously until it waits, so all 16 are in flight before the token arrives.
        var callers = Enumerable.Range(0, 16).Select(_ => cache.GetAsync(CancellationToken.None)).ToList();
        Assert.All(callers, c => Assert.False(c.IsCompleted));
        release.SetResult();
        var grants = await Task.WhenAll(callers);

        Assert.Equal(1, _acquired);
        Assert.All(grants, g => Assert.Same(grants[0], g));
    }

    [Fact]
    public async Task A_thirty_minute_token_is_reused_until_sixty_seconds_before_it_expires_then_refreshed()
    {
        var cache = CreateCache();
        var first = await cache.GetAsync(CancellationToken.None);

        _now += TimeSpan.FromMinutes(29) - TimeSpan.FromSeconds(1);
        Assert.Same(first, await cache.GetAsync(CancellationToken.None));
        Assert.Equal(0, _refreshed);

        _now += TimeSpan.FromSeconds(2); // 59 s before expiry: inside the margin
        var renewed = await cache.GetAsync(CancellationToken.None);
        Assert.Equal("refreshed-from-refresh-1", renewed.AccessToken);
        Assert.Equal((1, 1), (_acquired, _refreshed));
    }

    [Fact]
    public async Task A_short_lived_token_is_renewed_in_its_last_quarter()
    {
        _lifetime = TimeSpan.FromSeconds(8);
        var cache = CreateCache();
        var first = await cache.GetAsync(CancellationToken.None);

        _now += TimeSpan.FromSeconds(5.9);
        Assert.Same(first, await cache.GetAsync(CancellationToken.None));
        _now += TimeSpan.FromSeconds(0.2);
        Assert.NotSame(first, await cache.GetAsync(CancellationToken.None));
        Assert.Equal(1, _refreshed);
    }

    [Fact]
    public async Task A_refused_refresh_falls_back_to_the_client_credentials()
    {
        var cache = CreateCache();
        await cache.GetAsync(CancellationToken.None);
        _refreshFailure = new YeastarApiException(ApiErrorKind.Authentication, "POST", TokenEndpoint.Path, "refresh token refused", httpStatus: 401);
        _now += TimeSpan.FromMinutes(30);

        var renewed = await cache.GetAsync(CancellationToken.None);

        Assert.Equal("access-2", renewed.AccessToken);
        Assert.Equal((2, 1), (_acquired, _refreshed));
    }

    [Fact]
    public async Task Many_callers_rejected_with_the_same_token_cause_one_renewal()
    {
        var cache = CreateCache();
        var rejected = await cache.GetAsync(CancellationToken.None);

        for (var i = 0; i < 8; i++) cache.Invalidate(rejected);
        var renewed = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => cache.GetAsync(CancellationToken.None)));

        Assert.Equal(1, _refreshed);
        Assert.All(renewed, g => Assert.Same(renewed[0], g));
    }

    [Fact]
    public async Task A_late_rejection_of_an_old_token_does_not_drop_the_new_one()
    {
        var cache = CreateCache();
        var old = await cache.GetAsync(CancellationToken.None);
        cache.Invalidate(old);
        var current = await cache.GetAsync(CancellationToken.None);

        cache.Invalidate(old);

        Assert.Same(current, await cache.GetAsync(CancellationToken.None));
        Assert.Equal(1, _refreshed);
    }

    [Fact]
    public void The_token_never_shows_in_ToString()
    {
        var grant = new TokenGrant("secret-access", "Bearer ", "secret-refresh", _now, _lifetime);
        Assert.DoesNotContain("secret", grant.ToString());
    }
}
