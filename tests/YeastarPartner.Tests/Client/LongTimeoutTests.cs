using YeastarPartner.Tests.Infrastructure;

namespace YeastarPartner.Tests.Client;

/// <summary>
/// -TimeoutSec is the real limit at any allowed value. The HTTP library has its own default of 100 s that
/// once cut longer timeouts short and reported the configured value; only a reply later than 100 s proves it
/// no longer does, so this test waits that long (it runs beside the others).
/// </summary>
public sealed class LongTimeoutTests
{
    [Fact]
    public async Task A_timeout_above_100_seconds_waits_for_a_reply_that_takes_longer_than_100_seconds()
    {
        var portal = new FakePartnerPortal();
        portal.Respond = async (_, _) =>
        {
            await Task.Delay(TimeSpan.FromSeconds(103));
            return FakePartnerPortal.Ok("[]");
        };
        using var client = portal.CreateClient(timeout: TimeSpan.FromSeconds(150));

        // A reply cut at the library's 100 s would throw above; this says the call really waited past it. Not
        // ">= 103 s": on this CI machine a 103 s Task.Delay ended after 102 s by the clocks (timers run on their
        // own clock), so the bound keeps a margin.
        var elapsed = System.Diagnostics.Stopwatch.StartNew();
        var contacts = await client.GetBillingContactsAsync();

        Assert.Empty(contacts);
        Assert.True(elapsed.Elapsed > TimeSpan.FromSeconds(100), $"the reply came after {elapsed.Elapsed.TotalSeconds:0.0} s, more than the library's 100 s default");
        Assert.Single(portal.ApiCalls);
    }
}
