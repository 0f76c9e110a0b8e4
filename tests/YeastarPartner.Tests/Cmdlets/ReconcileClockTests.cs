using YeastarPartner.Sandbox;
using YeastarPartner.Tests.Infrastructure;

namespace YeastarPartner.Tests.Cmdlets;

/// <summary>
/// The search window of -Reconcile starts at the row's Sending line, less a margin for clock differences:
/// a portal whose clock is behind this machine's still has the lost order found, not bought again.
/// </summary>
public sealed class ReconcileClockTests : IAsyncLifetime, IDisposable
{
    private readonly PowerShellHarness _ps = new();
    private SandboxServer _server = null!;

    /// <summary>The portal's clock, ten minutes behind this machine's.</summary>
    private sealed class SlowClock : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => base.GetUtcNow() - TimeSpan.FromMinutes(10);
    }

    public async Task InitializeAsync()
    {
        _server = await SandboxServer.StartAsync(new SandboxOptions { Port = 0 }, new SlowClock());
        _ps.Run($"Connect-YeastarPartner -ClientId '{SandboxFixture.ClientId}' -ClientSecret (ConvertTo-SecureString '{SandboxFixture.ClientSecret}' -AsPlainText -Force) -BaseUri '{_server.Url}'");
    }

    [Fact]
    public void A_lost_order_is_found_although_the_portal_stamped_it_ten_minutes_before_this_machine_sent_it()
    {
        var journal = Path.Combine(Path.GetTempPath(), $"ys-clock-{Guid.NewGuid():N}.csv");
        try
        {
            _server.Faults.Add(new YeastarPartner.Sandbox.Faults.FaultRule { Path = "/order/openapi/order/v1/save", Kind = YeastarPartner.Sandbox.Faults.FaultKind.DropAfterCommit, Times = 1 });
            var buy = $"New-YsPlanOrder -SerialNumber 3631E0997265 -Plan Enterprise -BillingContactId 3197218168379846218 -JournalPath '{journal}' -Confirm:$false";

            var first = _ps.Run(buy);
            var second = _ps.Run(buy + " -Reconcile");

            Assert.StartsWith("OrderOutcomeUnknown,", Assert.Single(first.Errors).FullyQualifiedErrorId);
            Assert.Empty(second.Errors);
            Assert.Equal("Skipped", second.Output.Single().Properties["Outcome"].Value);
            Assert.Single(_server.Store.Orders);
        }
        finally
        {
            File.Delete(journal);
            File.Delete(journal + ".lock");
        }
    }

    public async Task DisposeAsync() => await _server.DisposeAsync();

    public void Dispose() => _ps.Dispose();
}
