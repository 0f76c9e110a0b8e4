using YeastarPartner.Client.Http;
using YeastarPartner.Client.Models;
using YeastarPartner.Client.Orders;

namespace YeastarPartner.Tests.Orders;

/// <summary>
/// Whether a found order is the row's kind of order: only facts the server states count; a fact that
/// differs rules the order out, and only a positive match of operation or plan/service makes it the same.
/// </summary>
public sealed class OrderFactsTests
{
    private const long Enterprise = 3048560232537899008;
    private const long HotelModule = 3299326068732223488;

    private static OrderFacts Facts(string detailJson, string summaryJson = "{\"orderNo\":\"EU1\",\"orderStatus\":\"succeed\"}") =>
        new FoundOrder(JsonParsing.ToObject<OrderSummary>(JsonParsing.Parse(summaryJson)), JsonParsing.ToObject<OrderDetail>(JsonParsing.Parse(detailJson))).Facts;

    [Fact]
    public void An_order_of_the_same_operation_and_plan_is_the_same_kind()
    {
        var facts = Facts($"{{\"basicInformation\":{{\"productId\":\"11\",\"productNo\":\"3631e0997265\"}},\"orderInformation\":{{\"operationType\":\"renew_plan\"}},\"orderSummary\":[{{\"serviceId\":{Enterprise}}}]}}");

        Assert.Equal("3631E0997265", facts.SerialNumber);
        Assert.Equal(OrderMatch.Same, facts.Compare(11, "renew_plan", Enterprise));
    }

    [Theory]
    [InlineData("{\"basicInformation\":{\"productId\":\"11\"},\"orderInformation\":{\"operationType\":\"purchase_service\"}}")]
    [InlineData("{\"basicInformation\":{\"productId\":\"13\"}}")]
    [InlineData("{\"orderSummary\":[{\"serviceType\":\"service\",\"serviceId\":\"3299326068732223488\"}]}")]
    public void An_order_that_differs_in_a_stated_fact_is_another_kind(string detail)
    {
        Assert.Equal(OrderMatch.Different, Facts(detail).Compare(11, "renew_plan", Enterprise));
    }

    [Fact]
    public void An_order_that_states_only_its_device_and_product_cannot_be_told_apart()
    {
        var facts = Facts("{\"basicInformation\":{\"productId\":\"11\",\"productNo\":\"3631E0997265\"}}");

        Assert.Equal(OrderMatch.Undetermined, facts.Compare(11, "renew_plan", Enterprise));
        Assert.Equal(OrderMatch.Undetermined, facts.Compare(11, "purchase_service", HotelModule));
    }

    [Theory]
    [InlineData("failed", false)]
    [InlineData("Cancelled", false)]
    [InlineData("invalid", false)]
    [InlineData("refunded", false)]
    [InlineData("pending", true)]
    [InlineData("succeed", true)]
    [InlineData("confirming", true)]
    public void Orders_that_bought_nothing_do_not_count_and_unknown_statuses_do(string status, bool counts)
    {
        Assert.Equal(counts, Facts("{}", $"{{\"orderNo\":\"EU1\",\"orderStatus\":\"{status}\"}}").CountsAsPurchase);
    }

    [Fact]
    public void The_device_and_kind_may_come_from_the_order_list_item()
    {
        var found = new FoundOrder(JsonParsing.ToObject<OrderSummary>(JsonParsing.Parse("{\"orderNo\":\"EU1\",\"productNo\":\"pce000000013\",\"productId\":13,\"operationType\":\"renew_plan\"}")), null);

        Assert.Equal("PCE000000013", found.SerialNumber);
        Assert.Equal(OrderMatch.Same, found.Facts.Compare(13, "renew_plan", null));
    }
}
