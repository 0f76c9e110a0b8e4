using System.Management.Automation;
using YeastarPartner.Client.Models;
using YeastarPartner.Client.Paging;
using YeastarPartner.Connections;
using YeastarPartner.Tests.Infrastructure;

namespace YeastarPartner.Tests.Cmdlets;

/// <summary>
/// -IncludeTotalCount reads the total the Partner Portal says; when a page says none, or one it cannot hold,
/// the count is PowerShell's "Unknown total count" (accuracy 0), never a guess presented as exact.
/// </summary>
public sealed class TotalCountTests : IDisposable
{
    private readonly FakePartnerPortal _portal = new();
    private readonly PowerShellHarness _ps = new();

    [Fact]
    public void A_page_without_total_or_count_gives_an_unknown_total_count_before_the_products()
    {
        _portal.Respond = (call, _) => Task.FromResult(FakePartnerPortal.Ok(call.QueryValue("pageNo") == "1"
            ? """{"results":[{"productNo":"SN001"},{"productNo":"SN002"}]}"""
            : """{"results":[]}"""));
        using var client = _portal.CreateClient();

        // The count's text is a script method: it is read in the runspace, as a console would show it.
        var result = _ps.Run("$out = @(Get-YsProduct -ProductId 11 -IncludeTotalCount -Connection $c); ($out[0] | Out-String).Trim(); $out",
            new Dictionary<string, object?> { ["c"] = new YsConnection(client) });

        Assert.Empty(result.Errors);
        Assert.Equal("Unknown total count", result.Output[0].BaseObject);
        var count = result.Output[1];
        Assert.Equal(0UL, count.BaseObject);
        Assert.Equal(0.0, count.Properties["Accuracy"].Value);
        Assert.Equal(new[] { "SN001", "SN002" }, result.Output.Skip(2).Select(o => ((InstanceProduct)o.BaseObject).ProductNo));
    }

    [Fact]
    public void A_page_reads_as_its_total_or_count_zero_when_empty_and_unknown_when_it_holds_more_than_it_says()
    {
        static Page<string> Page(int total, int count, params string[] items) => new() { Total = total, Count = count, Results = items.ToList() };

        Assert.Equal(45, PageStream.TotalOf(Page(45, 0, "a")));
        Assert.Equal(45, PageStream.TotalOf(Page(0, 45, "a")));
        Assert.Equal(0, PageStream.TotalOf(Page(0, 0)));
        Assert.Null(PageStream.TotalOf(Page(0, 0, "a")));
        Assert.Null(PageStream.TotalOf(Page(1, 1, "a", "b")));
    }

    public void Dispose()
    {
        _ps.Dispose();
        _portal.Dispose();
    }
}
