using System.Management.Automation;
using YeastarPartner.Tests.Infrastructure;

namespace YeastarPartner.Tests.Cmdlets;

/// <summary>Tab after Get-YsOrder -Status offers the documented O2 order statuses, in the module's words.</summary>
public sealed class OrderStatusCompletionTests : IDisposable
{
    private readonly PowerShellHarness _ps = new();

    private IReadOnlyList<string> Complete(string line) => _ps.Complete(line).Select(m => m.CompletionText).ToList();

    [Fact]
    public void Every_documented_status_is_offered()
    {
        Assert.Equal(new[] { "Succeeded", "Failed", "Pending", "Cancelled", "Refunded", "Invalid" }, Complete("Get-YsOrder -Status "));
    }

    [Fact]
    public void A_prefix_narrows_the_statuses_case_insensitively()
    {
        Assert.Equal(new[] { "Pending" }, Complete("Get-YsOrder -Status PE"));
        Assert.Equal(new[] { "Refunded" }, Complete("Get-YsOrder -First 10 -Status 'r"));
    }

    public void Dispose() => _ps.Dispose();
}
