using System.Management.Automation;
using YeastarPartner.Tests.Infrastructure;

namespace YeastarPartner.Tests.Cmdlets;

/// <summary>
/// Tab after -SerialNumber, -PartnerId, -ServiceId and -RegionId offers what the account has, never file names;
/// -ProductId reads the same with or without a connection.
/// </summary>
public sealed class LookupCompletionTests : IClassFixture<SandboxFixture>, IDisposable
{
    private readonly SandboxFixture _sandbox;
    private readonly PowerShellHarness _ps = new();

    public LookupCompletionTests(SandboxFixture sandbox)
    {
        _sandbox = sandbox;
        _sandbox.Reset();
    }

    private IReadOnlyList<CompletionResult> Complete(string line) => _ps.Complete(line);

    private static void NoFileNames(IReadOnlyList<CompletionResult> results) =>
        Assert.DoesNotContain(results, r => r.ResultType is CompletionResultType.ProviderItem or CompletionResultType.ProviderContainer);

    [Fact]
    public void A_serial_number_completes_from_the_accounts_devices_of_the_product()
    {
        _ps.Connect(_sandbox);

        Assert.Contains(Complete("New-YsPlanOrder -SerialNumber 3631E34"), r => r.CompletionText == "3631E3418911");
        Assert.Contains(Complete("Get-YsProduct -ProductId 13 -SerialNumber PCE"), r => r.CompletionText == "PCE000000013");
        var byPlan = Complete("Get-YsAutoRenewal -ProductId 11 -SerialNumber Enterprise");
        Assert.NotEmpty(byPlan);
        Assert.All(byPlan, r => Assert.Contains("Enterprise", r.ToolTip));
    }

    [Fact]
    public void A_partner_completes_from_the_subordinate_users_by_company()
    {
        _ps.Connect(_sandbox);

        var match = Assert.Single(Complete("New-YsPlanOrder -ProductId 12 -PartnerId 'Color Hotels'"));
        Assert.Equal("3076913644890832901", match.CompletionText);
        Assert.Contains(Complete("Get-YsSubordinateUser -PartnerId Blue"), r => r.CompletionText == "3076913644890832902");
    }

    [Fact]
    public void A_service_completes_from_the_products_offering_to_its_19_digit_id()
    {
        _ps.Connect(_sandbox);

        var matches = Complete("New-YsServiceOrder -ProductId 11 -SerialNumber 3631E3418911 -ServiceId 'Hotel Mod'");
        Assert.Equal("3299326068732223488", Assert.Single(matches).CompletionText);
    }

    [Fact]
    public void A_region_completes_by_name()
    {
        _ps.Connect(_sandbox);

        Assert.Equal("1", Assert.Single(Complete("New-YsPlanOrder -ProductId 13 -RegionId Frank")).CompletionText);
    }

    [Theory]
    [InlineData("New-YsPlanOrder -SerialNumber ")]
    [InlineData("Get-YsProduct -ProductId 11 -SerialNumber ")]
    [InlineData("New-YsPlanOrder -PartnerId ")]
    [InlineData("New-YsServiceOrder -ServiceId ")]
    [InlineData("New-YsPlanOrder -RegionId ")]
    public void Without_a_connection_Tab_offers_no_file_names(string line)
    {
        var results = Complete(line);

        NoFileNames(results);
        Assert.All(results, r => Assert.Contains("Connect-YeastarPartner", r.ToolTip));
    }

    [Fact]
    public void Product_labels_read_the_same_connected_and_offline()
    {
        var offline = Complete("New-YsPlanOrder -ProductId ").ToDictionary(r => r.CompletionText, r => r.ListItemText);
        _ps.Connect(_sandbox);
        var connected = Complete("New-YsPlanOrder -ProductId ");

        Assert.NotEmpty(connected);
        foreach (var result in connected.Where(r => offline.ContainsKey(r.CompletionText)))
            Assert.Equal(offline[result.CompletionText], result.ListItemText);
        Assert.Equal("P-Series Appliance Edition", connected.Single(r => r.CompletionText == "11").ListItemText);
    }

    public void Dispose() => _ps.Dispose();
}
