using YeastarPartner.Connections;

namespace YeastarPartner.Tests.Cmdlets;

/// <summary>The per-connection cache behind Tab completion: one load per lifetime, failures not kept.</summary>
public sealed class CachedLookupTests
{
    private DateTimeOffset _now = new(2026, 11, 1, 12, 0, 0, TimeSpan.Zero);
    private int _loads;

    private CachedLookup<int> Create(Func<int, Task<int>>? load = null) =>
        new(_ => { _loads++; return (load ?? Task.FromResult)(_loads); }, TimeSpan.FromMinutes(5), () => _now);

    [Fact]
    public async Task Within_the_lifetime_the_first_value_is_reused()
    {
        var cache = Create();
        Assert.Equal(1, await cache.GetAsync());
        _now = _now.AddMinutes(4);
        Assert.Equal(1, await cache.GetAsync());
        Assert.Equal(1, _loads);
    }

    [Fact]
    public async Task After_the_lifetime_the_value_is_loaded_again()
    {
        var cache = Create();
        await cache.GetAsync();
        _now = _now.AddMinutes(6);
        Assert.Equal(2, await cache.GetAsync());
    }

    [Fact]
    public async Task A_failed_load_is_not_kept()
    {
        var cache = Create(n => n == 1 ? Task.FromException<int>(new HttpRequestException("offline")) : Task.FromResult(n));
        await Assert.ThrowsAsync<HttpRequestException>(() => cache.GetAsync());
        Assert.Equal(2, await cache.GetAsync());
    }

    [Fact]
    public async Task A_value_set_by_a_cmdlet_is_served_without_loading()
    {
        var cache = Create();
        cache.Set(42);
        Assert.Equal(42, await cache.GetAsync());
        Assert.Equal(0, _loads);
    }
}
