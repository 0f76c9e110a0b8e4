using System.Management.Automation;
using YeastarPartner.Tests.Infrastructure;

namespace YeastarPartner.Tests.Cmdlets;

/// <summary>
/// Tab after -ProductId completes product names into IDs on every cmdlet that takes one: the account's products
/// (P1) through the connection's cache, the documented product table before Connect-YeastarPartner.
/// </summary>
public sealed class ProductIdCompletionTests : IClassFixture<SandboxFixture>, IDisposable
{
    private const string ProductListPath = "/pricing/openapi/purchase/v1/product_list";
    private readonly SandboxFixture _sandbox;
    private readonly PowerShellHarness _ps = new();

    public ProductIdCompletionTests(SandboxFixture sandbox)
    {
        _sandbox = sandbox;
        _sandbox.Reset();
    }

    private IReadOnlyList<CompletionResult> Complete(string line) => _ps.Complete(line);

    private int ProductListCalls() => _sandbox.Server.Requests.Entries.Count(e => e.Path == ProductListPath);

    public static TheoryData<string> CommandsWithProductId() => new()
    {
        "New-YsPlanOrder", "New-YsServiceOrder", "Get-YsOffering", "Get-YsPrice", "Get-YsProduct",
        "Get-YsProductModel", "Get-YsAutoRenewal", "Enable-YsAutoRenewal",
    };

    [Theory]
    [MemberData(nameof(CommandsWithProductId))]
    public void A_product_name_completes_to_its_id_from_the_accounts_products_labelled_as_offline(string command)
    {
        _ps.Connect(_sandbox);

        var match = Assert.Single(Complete($"{command} -ProductId applian"));

        Assert.Equal("11", match.CompletionText);
        // The label reads as it does offline (the documented name); the account's own P1 name is in the tooltip.
        Assert.Equal("P-Series Appliance Edition", match.ListItemText);
        Assert.Contains("P-Series Plan for Appliance Edition", match.ToolTip);
        Assert.Contains("11", match.ToolTip);
    }

    [Fact]
    public void Every_product_is_offered_in_id_order_and_digits_match_the_id()
    {
        _ps.Connect(_sandbox);

        Assert.Equal(new[] { "9", "11", "12", "13", "14", "15", "19", "20", "21" }, Complete("Get-YsOffering -ProductId ").Select(m => m.CompletionText));
        Assert.Equal(new[] { "11", "12", "13", "14", "15", "19" }, Complete("Get-YsOffering -ProductId 1").Select(m => m.CompletionText));
        Assert.Equal(new[] { "20", "21" }, Complete("Get-YsOffering -ProductId 2").Select(m => m.CompletionText));
    }

    [Fact]
    public void Pressing_Tab_again_does_not_call_the_api_again_and_a_listing_fills_the_cache()
    {
        _ps.Connect(_sandbox);
        _ps.Run("Get-YsAvailableProduct | Out-Null");

        Complete("New-YsPlanOrder -ProductId cloud");
        Complete("New-YsServiceOrder -ProductId linkus");

        Assert.Equal(1, ProductListCalls());
    }

    [Fact]
    public void Without_a_connection_the_documented_products_are_offered_and_the_api_is_not_called()
    {
        var match = Assert.Single(Complete("New-YsPlanOrder -ProductId 'cloud edition"));

        Assert.Equal("13", match.CompletionText);
        Assert.Equal("P-Series Cloud Edition", match.ListItemText);
        Assert.Equal(9, Complete("Get-YsPrice -ProductId ").Count);
        Assert.Equal(0, ProductListCalls());
    }

    public void Dispose() => _ps.Dispose();
}
