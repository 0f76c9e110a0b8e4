using System.Management.Automation;
using YeastarPartner.Tests.Infrastructure;

namespace YeastarPartner.Tests.Cmdlets;

/// <summary>Tab after -Plan offers the plans of the row's -ProductId, read through the connection's offerings cache.</summary>
public sealed class PlanNameCompletionTests : IClassFixture<SandboxFixture>, IDisposable
{
    private const string OfferingPath = "/pricing/openapi/purchase/v1/purchase_product_info";
    private readonly SandboxFixture _sandbox;
    private readonly PowerShellHarness _ps = new();

    public PlanNameCompletionTests(SandboxFixture sandbox)
    {
        _sandbox = sandbox;
        _sandbox.Reset();
    }

    private IReadOnlyList<string> Complete(string line) => _ps.Complete(line).Select(m => m.CompletionText).ToList();

    [Fact]
    public void The_plans_of_the_product_come_from_the_offerings_once_per_connection()
    {
        _ps.Connect(_sandbox);

        Assert.Equal(new[] { "Enterprise", "Ultimate" }, Complete("New-YsPlanOrder -ProductId 13 -Plan "));
        Assert.Equal(new[] { "Ultimate" }, Complete("New-YsPlanOrder -ProductId 13 -Plan u"));
        Assert.Equal(1, _sandbox.Server.Requests.Entries.Count(e => e.Path == OfferingPath));
    }

    [Fact]
    public void Without_a_connection_the_published_appliance_plans_are_offered()
    {
        Assert.Equal(new[] { "Standard", "Enterprise", "Ultimate" }, Complete("New-YsPlanOrder -Plan "));
    }

    public void Dispose() => _ps.Dispose();
}
