using System.Management.Automation;
using YeastarPartner.Tests.Infrastructure;

namespace YeastarPartner.Tests.Cmdlets;

/// <summary>Bad rows are refused before anything is sent, with an error naming the row; the rest of the batch goes on.</summary>
public sealed class RowValidationTests : IClassFixture<SandboxFixture>, IDisposable
{
    private readonly SandboxFixture _sandbox;
    private readonly PowerShellHarness _ps = new();

    public RowValidationTests(SandboxFixture sandbox)
    {
        _sandbox = sandbox;
        _sandbox.Reset();
        _ps.Connect(sandbox);
    }

    private PowerShellHarness.Result Buy(string rowsCsv) => _ps.Run(
        $"@'\n{rowsCsv}\n'@ | ConvertFrom-Csv | New-YsPlanOrder -BillingContactId 3197218168379846218 -Confirm:$false");

    [Theory]
    [InlineData("Platinum,Monthly,0", "PlanUnknown", "'Platinum'")]
    [InlineData("Enterprise,Weekly,0", "BillingCycleInvalid", "'Weekly'")]
    [InlineData("Enterprise,Monthly,2", "MultiCycleInvalid", "multi-cycle 2")]
    [InlineData("Enterprise,Annually,6", "MultiCycleInvalid", "multi-cycle 6")]
    [InlineData("Enterprise,Annually,0", "MultiCycleInvalid", "multi-cycle 0")]
    [InlineData("Enterprise,Annually,two", "MultiCycleInvalid", "'two'")]
    public void A_bad_row_is_an_error_naming_the_row_and_is_not_sent(string badValues, string errorId, string named)
    {
        var result = Buy($"SerialNumber,Plan,BillingCycle,MultiCycle\nAAA111,Enterprise,Monthly,0\nBBB222,{badValues}\nCCC333,Standard,Annually,2");

        var error = Assert.Single(result.Errors);
        Assert.StartsWith(errorId + ",", error.FullyQualifiedErrorId);
        Assert.Equal(ErrorCategory.InvalidArgument, error.CategoryInfo.Category);
        Assert.Contains("Row 2", error.ErrorDetails.Message);
        Assert.Contains("BBB222", error.ErrorDetails.Message);
        Assert.Contains(named, error.ErrorDetails.Message);
        Assert.False(string.IsNullOrEmpty(error.ErrorDetails.RecommendedAction));
        Assert.Equal("BBB222", ((PSObject)error.TargetObject).Properties["SerialNumber"].Value);

        Assert.Equal(2, result.Output.Count);
        Assert.Equal(new[] { "AAA111", "CCC333" }, _sandbox.Server.Store.Orders.Select(o => o.ProductNo ?? "").ToArray());
    }

    [Theory]
    [InlineData("SerialNumber")]
    [InlineData("SN")]
    [InlineData("ProductNo")]
    [InlineData("Serial Number")]
    [InlineData("SerialNo")]
    public void Csv_serial_number_columns_bind_by_any_documented_name(string column)
    {
        var result = _ps.Run($"@'\n\"{column}\"\nAAA111\nBBB222\n'@ | ConvertFrom-Csv | New-YsPlanOrder -Plan Standard -BillingContactId 3197218168379846218 -Confirm:$false");

        Assert.Empty(result.Errors);
        Assert.Equal(new[] { "AAA111", "BBB222" }, _sandbox.Server.Store.Orders.Select(o => o.ProductNo ?? "").ToArray());
    }

    [Fact]
    public void A_serial_number_repeated_in_one_run_is_bought_once()
    {
        var result = Buy("SerialNumber,Plan\nAAA111,Enterprise\n aaa111 ,Enterprise");

        Assert.StartsWith("SerialNumberRepeated,", Assert.Single(result.Errors).FullyQualifiedErrorId);
        Assert.Single(_sandbox.Server.Store.Orders);
    }

    [Fact]
    public void A_serial_number_with_other_characters_is_refused()
    {
        var result = Buy("SerialNumber,Plan\n3631-E099,Enterprise");

        Assert.StartsWith("SerialNumberInvalid,", Assert.Single(result.Errors).FullyQualifiedErrorId);
        Assert.Empty(_sandbox.Server.Store.Orders);
    }

    public void Dispose() => _ps.Dispose();
}
