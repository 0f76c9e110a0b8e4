using System.Management.Automation;
using System.Text.RegularExpressions;
using YeastarPartner.Tests.Infrastructure;

namespace YeastarPartner.Tests.Cmdlets;

/// <summary>
/// What an admin sees when things go wrong or when asking for detail: -Verbose shows one redacted line per
/// HTTP call, -Debug shows redacted bodies, and errors carry stable ErrorIds, categories and the input.
/// </summary>
public sealed class TraceAndErrorTests : IClassFixture<SandboxFixture>, IDisposable
{
    private static readonly Regex HttpLine = new(@"^(GET|POST) /\S+ -> \d{3} in \d+ ms, requestId \S+$");
    private readonly SandboxFixture _sandbox;
    private readonly PowerShellHarness _ps = new();

    public TraceAndErrorTests(SandboxFixture sandbox)
    {
        _sandbox = sandbox;
        _sandbox.Reset();
    }

    private static IEnumerable<string> AllText(PowerShellHarness.Result result) =>
        result.Verbose.Concat(result.Debug).Concat(result.Warnings).Concat(result.Information)
            .Concat(result.Errors.Select(e => e.ToString() + e.ErrorDetails?.Message + e.Exception))
            .Concat(result.Output.Select(o => o.ToString()));

    [Fact]
    public void Verbose_writes_one_line_per_http_call_with_method_path_status_time_and_request_id()
    {
        _ps.Connect(_sandbox);
        _sandbox.Server.Requests.Clear();

        var result = _ps.Run("Get-YsBillingContact -Verbose; New-YsPlanOrder -SerialNumber 3631E0997265 -Plan Standard -BillingContactId 3197218168379846218 -Confirm:$false -Verbose");

        Assert.Empty(result.Errors);
        var httpLines = result.Verbose.Where(l => l.Contains(" -> ")).ToList();
        Assert.Equal(_sandbox.Server.Requests.Entries.Count, httpLines.Count);
        Assert.All(httpLines, l => Assert.Matches(HttpLine, l));
        Assert.Contains(httpLines, l => l.StartsWith("GET /user/openapi/user/v1/client/billing_contact_list -> 200 in "));
        Assert.Contains(httpLines, l => l.StartsWith("POST /order/openapi/order/v1/save -> 200 in "));
    }

    [Fact]
    public void Debug_shows_the_bodies_with_the_secret_and_tokens_masked()
    {
        var result = _ps.Run($"Connect-YeastarPartner -ClientId '{SandboxFixture.ClientId}' -ClientSecret (ConvertTo-SecureString '{SandboxFixture.ClientSecret}' -AsPlainText -Force) -BaseUri '{_sandbox.Url}' -Verbose -Debug; " +
                             "Get-YsBillingContact -Debug | Out-Null");

        Assert.Empty(result.Errors);
        Assert.Contains(result.Debug, l => l.StartsWith("Request body of POST") && l.Contains("client_secret=***") && l.Contains($"client_id={SandboxFixture.ClientId}"));
        Assert.Contains(result.Debug, l => l.StartsWith("Response body of POST") && l.Contains("\"token\":\"***\"") && l.Contains("\"refreshToken\":\"***\""));
        Assert.Contains(result.Debug, l => l.StartsWith("Response body of GET") && l.Contains("9007199254740993"));
        Assert.DoesNotContain(AllText(result), t => t.Contains(SandboxFixture.ClientSecret));
        Assert.DoesNotContain(AllText(result), t => Regex.IsMatch(t, "\"(token|refreshToken)\":\"(?!\\*\\*\\*\")"));
    }

    [Fact]
    public void Not_connected_is_a_ConnectionError_that_says_to_connect()
    {
        var error = (ErrorRecord)Assert.Single(_ps.Run("try { Get-YsBillingContact } catch { $_ }").Output).BaseObject;

        Assert.Equal("NotConnected,YeastarPartner.Commands.GetYsBillingContactCommand", error.FullyQualifiedErrorId);
        Assert.Equal(ErrorCategory.ConnectionError, error.CategoryInfo.Category);
        Assert.Contains("Connect-YeastarPartner", error.ErrorDetails.RecommendedAction);
    }

    [Fact]
    public void A_wrong_secret_is_an_AuthenticationError_naming_the_client_id_and_never_the_secret()
    {
        var result = _ps.Run($"try {{ Connect-YeastarPartner -ClientId '{SandboxFixture.ClientId}' -ClientSecret (ConvertTo-SecureString 'wrong-secret-value' -AsPlainText -Force) -BaseUri '{_sandbox.Url}' -Verbose -Debug }} catch {{ $_ }}");

        var error = (ErrorRecord)Assert.Single(result.Output).BaseObject;
        Assert.Equal("ConnectAuthenticationFailed,YeastarPartner.Commands.ConnectYeastarPartnerCommand", error.FullyQualifiedErrorId);
        Assert.Equal(ErrorCategory.AuthenticationError, error.CategoryInfo.Category);
        Assert.Equal(SandboxFixture.ClientId, error.TargetObject);
        Assert.Contains("Connect-YeastarPartner", error.ErrorDetails.RecommendedAction);
        Assert.DoesNotContain(AllText(result), t => t.Contains("wrong-secret-value"));
    }

    [Fact]
    public void An_unknown_contact_id_is_ObjectNotFound_with_the_id_as_target()
    {
        _ps.Connect(_sandbox);

        var error = Assert.Single(_ps.Run("Get-YsBillingContact -BillingContactId 1234567890123456789").Errors);

        Assert.Equal("BillingContactNotFound,YeastarPartner.Commands.GetYsBillingContactCommand", error.FullyQualifiedErrorId);
        Assert.Equal(ErrorCategory.ObjectNotFound, error.CategoryInfo.Category);
        Assert.Equal(1234567890123456789L, error.TargetObject);
    }

    [Fact]
    public void A_rejected_order_is_InvalidArgument_naming_the_row_with_the_input_row_as_target()
    {
        _ps.Connect(_sandbox);
        _sandbox.Server.Faults.Add(new YeastarPartner.Sandbox.Faults.FaultRule { Path = "/order/openapi/order/v1/save", Kind = YeastarPartner.Sandbox.Faults.FaultKind.Status, Status = 400 });

        var result = _ps.Run("[pscustomobject]@{ SerialNumber = '3631E0997265' } | New-YsPlanOrder -Plan Standard -BillingContactId 3197218168379846218 -Confirm:$false");

        var error = Assert.Single(result.Errors);
        Assert.Equal("ApiRequestRejected,YeastarPartner.Commands.NewYsPlanOrderCommand", error.FullyQualifiedErrorId);
        Assert.Equal(ErrorCategory.InvalidArgument, error.CategoryInfo.Category);
        Assert.Equal("3631E0997265", ((PSObject)error.TargetObject).Properties["SerialNumber"].Value);
        Assert.StartsWith("Row 1 (serial number '3631E0997265')", error.ErrorDetails.Message);
        Assert.Empty(_sandbox.Server.Store.Orders);
    }

    public void Dispose() => _ps.Dispose();
}
