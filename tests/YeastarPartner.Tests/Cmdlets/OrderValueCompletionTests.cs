using YeastarPartner.Tests.Infrastructure;

namespace YeastarPartner.Tests.Cmdlets;

/// <summary>Tab after -Operation and -BillingCycle offers what each order cmdlet accepts.</summary>
public sealed class OrderValueCompletionTests : IDisposable
{
    private readonly PowerShellHarness _ps = new();

    private IReadOnlyList<string> Complete(string line) => _ps.Complete(line).Select(m => m.CompletionText).ToList();

    [Fact]
    public void Operation_offers_switch_for_plans_only()
    {
        Assert.Equal(new[] { "Purchase", "Renew", "Switch", "Trial" }, Complete("New-YsPlanOrder -Operation "));
        Assert.Equal(new[] { "Purchase", "Renew", "Trial" }, Complete("New-YsServiceOrder -Operation "));
        Assert.Equal(new[] { "Renew" }, Complete("New-YsPlanOrder -Operation re"));
    }

    [Fact]
    public void BillingCycle_offers_once_for_services_only()
    {
        Assert.Equal(new[] { "Monthly", "Annually" }, Complete("New-YsPlanOrder -BillingCycle "));
        Assert.Equal(new[] { "Monthly", "Annually", "Once" }, Complete("New-YsServiceOrder -BillingCycle "));
        Assert.Equal(new[] { "Once" }, Complete("New-YsServiceOrder -BillingCycle 'o"));
    }

    public void Dispose() => _ps.Dispose();
}
