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

        var started = DateTimeOffset.UtcNow;
        var contacts = await client.GetBillingContactsAsync();

        Assert.Empty(contacts);
        Assert.True(DateTimeOffset.UtcNow - started >= TimeSpan.FromSeconds(103));
        Assert.Single(portal.ApiCalls);
    }
}
