using YeastarPartner.Orders;

namespace YeastarPartner.Tests.Orders;

/// <summary>The one line that ends an order command: counts apart, and room for more parts (a total price, say).</summary>
public sealed class CommandSummaryTests
{
    [Fact]
    public void Counts_rows_refused_before_sending_apart_from_rows_the_Partner_Portal_refused()
    {
        var summary = new CommandSummary("New-YsPlanOrder");
        summary.Count(OrderOutcome.Succeeded, sent: true);
        summary.Count(OrderOutcome.Failed, sent: false);
        summary.Count(OrderOutcome.Failed, sent: true);
        summary.Count(OrderOutcome.Skipped, sent: false);
        summary.Count(OrderOutcome.Unknown, sent: true);

        Assert.Equal("New-YsPlanOrder: 5 row(s): 1 bought, 1 skipped, 1 refused, 1 failed, 1 Unknown. Run the same command with -Reconcile to settle the Unknown rows.",
            summary.Render());
    }

    [Fact]
    public void Renders_extra_parts_after_the_counts_on_the_same_line()
    {
        var summary = new CommandSummary("New-YsServiceOrder");
        summary.Count(OrderOutcome.Succeeded, sent: true);
        summary.CountNotConfirmed();

        Assert.Equal("New-YsServiceOrder: 2 row(s): 1 bought, 0 skipped, 0 refused, 0 failed, 0 Unknown, 1 not sent (-WhatIf or not confirmed), 120.00 EUR.",
            summary.Render(new[] { "120.00 EUR", "" }));
    }
}
