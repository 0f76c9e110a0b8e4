using System.Text.Json.Nodes;
using YeastarPartner.Models;
using YeastarPartner.Tests.Infrastructure;
using YeastarPartner.Tests.Orders;

namespace YeastarPartner.Tests.Cmdlets;

/// <summary>The tutorial of API reference section 16, performed by New-YsPlanOrder against the sandbox.</summary>
public sealed class SeedScenarioTests : IClassFixture<SandboxFixture>, IDisposable
{
    private readonly SandboxFixture _sandbox;
    private readonly PowerShellHarness _ps = new();

    public SeedScenarioTests(SandboxFixture sandbox)
    {
        _sandbox = sandbox;
        _sandbox.Reset();
        _ps.Connect(sandbox);
    }

    [Fact]
    public void The_body_sent_for_the_tutorial_inputs_equals_the_tutorial_body()
    {
        var result = _ps.Run("New-YsPlanOrder -SerialNumber 3631E0997265 -Plan Enterprise -BillingContactId 3197218168379846218 -BillingCycle Monthly -Confirm:$false");

        Assert.Empty(result.Errors);
        var sent = _sandbox.Server.Store.Orders.Single().RequestBody;
        Assert.True(JsonNode.DeepEquals(JsonNode.Parse(SeedTutorial.Body), JsonNode.Parse(sent)), $"Sent body differs from the tutorial's: {sent}");
        // Numbers as numbers with all 19 digits, not strings and not rounded through a double.
        Assert.Contains("\"billingId\":3197218168379846218", sent);
        Assert.Contains("\"serviceId\":3048560232537899008", sent);
        Assert.Contains("\"productId\":11", sent);
        Assert.Contains("\"multiCycle\":0", sent);
    }

    [Fact]
    public void The_output_carries_every_response_field_and_the_serial_number()
    {
        var result = _ps.Run("New-YsPlanOrder -SerialNumber 3631E0997265 -Plan Enterprise -BillingContactId 3197218168379846218 -Confirm:$false");

        var order = Assert.IsType<YsPlanOrder>(Assert.Single(result.Output).BaseObject);
        var stored = _sandbox.Server.Store.Orders.Single();
        Assert.Equal("3631E0997265", order.SerialNumber);
        Assert.Equal(stored.OrderNo, order.OrderNo);
        Assert.Equal(stored.OrderStatus, order.OrderStatus);
        Assert.Equal(stored.InstanceId, order.InstanceId);
        Assert.Equal(stored.TransactionNo, order.TransactionNo);
        Assert.Matches("^[0-9a-f]{32}$", order.RequestId);
        Assert.Equal("Succeeded", order.Outcome);
        Assert.Equal(3048560232537899008, order.PlanId);
        Assert.Equal(3197218168379846218, order.BillingContactId);
    }

    [Fact]
    public void Annual_billing_sends_the_chosen_number_of_years()
    {
        _ps.Run("New-YsPlanOrder -SerialNumber 3631E0997265 -Plan ultimate -BillingContactId 3197218168379846218 -BillingCycle Annually -MultiCycle 3 -Confirm:$false");

        var item = _sandbox.OrderBody(0)["serviceList"]![0]!;
        Assert.Equal("annually", (string?)item["billingCycle"]);
        Assert.Equal(3, (int)item["multiCycle"]!);
        Assert.Equal(3048560606464323584, (long)item["serviceId"]!);
    }

    [Fact]
    public void WhatIf_sends_no_order()
    {
        var result = _ps.Run("New-YsPlanOrder -SerialNumber 3631E0997265 -Plan Enterprise -BillingContactId 3197218168379846218 -WhatIf");

        Assert.Empty(result.Errors);
        Assert.Empty(result.Output);
        Assert.Empty(_sandbox.Server.Store.Orders);
        Assert.DoesNotContain(_sandbox.Server.Requests.Entries, e => e.Path.EndsWith("/order/v1/save"));
    }

    public void Dispose() => _ps.Dispose();
}
