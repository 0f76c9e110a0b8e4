using System.Management.Automation;
using YeastarPartner.Tests.Infrastructure;

namespace YeastarPartner.Tests.Cmdlets;

/// <summary>Tab after -BillingContactId completes contact names into IDs, through TabExpansion2 as a console does.</summary>
public sealed class BillingContactCompletionTests : IClassFixture<SandboxFixture>, IDisposable
{
    private const string ContactListPath = "/user/openapi/user/v1/client/billing_contact_list";
    private readonly SandboxFixture _sandbox;
    private readonly PowerShellHarness _ps = new();

    public BillingContactCompletionTests(SandboxFixture sandbox)
    {
        _sandbox = sandbox;
        _sandbox.Reset();
    }

    private IReadOnlyList<CompletionResult> Complete(string line) => _ps.Complete(line);

    private int ContactListCalls() => _sandbox.Server.Requests.Entries.Count(e => e.Path == ContactListPath);

    [Fact]
    public void A_name_completes_to_the_contacts_exact_19_digit_id()
    {
        _ps.Connect(_sandbox);

        var match = Assert.Single(Complete("New-YsPlanOrder -SerialNumber 3631E0997265 -BillingContactId alex"));

        Assert.Equal("3197218168379846218", match.CompletionText);
        Assert.Equal("Alex Morgan (Northwind Telecom)", match.ListItemText);
        Assert.Contains("alex.morgan@northwind.example", match.ToolTip);
    }

    [Fact]
    public void A_company_an_email_or_the_first_digits_find_the_contact()
    {
        _ps.Connect(_sandbox);

        Assert.Equal("9007199254740993", Assert.Single(Complete("Get-YsBillingContact -BillingContactId Fabrikam")).CompletionText);
        Assert.Equal("3076913644915998721", Assert.Single(Complete("Get-YsBillingContact -BillingContactId billing@contoso")).CompletionText);
        Assert.Equal("3197218168379846218", Assert.Single(Complete("Get-YsBillingContact -BillingContactId 3197")).CompletionText);
        Assert.Equal(3, Complete("Get-YsBillingContact -BillingContactId ").Count);
    }

    [Fact]
    public void Pressing_Tab_again_does_not_call_the_api_again()
    {
        _ps.Connect(_sandbox);

        Complete("New-YsPlanOrder -BillingContactId Al");
        Complete("New-YsPlanOrder -BillingContactId Jo");
        Complete("New-YsPlanOrder -BillingContactId Pr");

        Assert.Equal(1, ContactListCalls());
    }

    [Fact]
    public void A_listing_by_Get_YsBillingContact_fills_the_cache_for_Tab()
    {
        _ps.Connect(_sandbox);
        _ps.Run("Get-YsBillingContact | Out-Null");

        Assert.Single(Complete("New-YsPlanOrder -BillingContactId Jonas"));

        Assert.Equal(1, ContactListCalls());
    }

    [Fact]
    public void Without_a_connection_Tab_offers_nothing_and_raises_no_error()
    {
        Assert.Empty(Complete("New-YsPlanOrder -BillingContactId Alex"));
        Assert.Equal(0, ContactListCalls());
    }

    [Fact]
    public void Plan_names_complete_by_prefix()
    {
        var match = Assert.Single(Complete("New-YsPlanOrder -Plan ent"));
        Assert.Equal("Enterprise", match.CompletionText);
    }

    public void Dispose() => _ps.Dispose();
}
