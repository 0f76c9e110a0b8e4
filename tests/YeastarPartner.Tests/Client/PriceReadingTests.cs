using YeastarPartner.Tests.Infrastructure;

namespace YeastarPartner.Tests.Client;

/// <summary>
/// P9's price lines are not documented: the price is read from whichever plausible field carries it, as a
/// number or a numeric string, exactly (decimal, never double), and a price that cannot be read is unknown,
/// never 0; the line is matched to a plan or service by any of its ID fields and kept as sent.
/// </summary>
public sealed class PriceReadingTests
{
    private readonly FakePartnerPortal _portal = new();

    private async Task<YeastarPartner.Client.Models.PriceInfo> PricesOf(string planLine)
    {
        _portal.Respond = (_, _) => Task.FromResult(FakePartnerPortal.Ok("{\"offeringId\":\"off11\",\"planList\":[" + planLine + "],\"serviceList\":[]}"));
        using var client = _portal.CreateClient();
        return await client.GetPriceAsync(11, "off11", "monthly");
    }

    [Theory]
    [InlineData("{\"planId\":3048560232537899008,\"price\":19.99,\"currencyCode\":\"USD\"}")]
    [InlineData("{\"planId\":\"3048560232537899008\",\"price\":\"19.99\",\"currency\":\"USD\"}")]
    [InlineData("{\"id\":3048560232537899008,\"originalPrice\":19.99,\"currencyCode\":\"USD\"}")]
    [InlineData("{\"serviceId\":3048560232537899008,\"unitPrice\":\"19.990\",\"currencyCode\":\"USD\"}")]
    [InlineData("{\"pricingPlanId\":\"pr3048560232537899008\",\"amount\":19.99,\"currency\":\" USD \"}")]
    public async Task A_price_is_read_from_any_of_its_plausible_fields_as_a_number_or_text(string line)
    {
        var prices = await PricesOf(line);

        var found = prices.Find(3048560232537899008, "pr3048560232537899008");

        Assert.NotNull(found);
        Assert.Equal(19.99m, found!.Price);
        Assert.Equal("USD", found.CurrencyCode);
    }

    [Fact]
    public async Task Money_keeps_every_digit_a_double_would_lose()
    {
        var prices = await PricesOf("{\"planId\":1,\"price\":12345678901234.56789,\"currencyCode\":\"USD\"}");

        Assert.Equal(12345678901234.56789m, prices.Find(1, null)!.Price);
    }

    [Theory]
    [InlineData("{\"planId\":1,\"currencyCode\":\"USD\"}")]
    [InlineData("{\"planId\":1,\"price\":\"call us\",\"currencyCode\":\"USD\"}")]
    [InlineData("{\"planId\":1,\"price\":null,\"currencyCode\":\"USD\"}")]
    [InlineData("{\"planId\":1,\"price\":\"\",\"currencyCode\":\"USD\"}")]
    public async Task A_price_that_cannot_be_read_is_unknown_never_zero(string line)
    {
        var found = (await PricesOf(line)).Find(1, null);

        Assert.NotNull(found);
        Assert.Null(found!.Price);
    }

    [Fact]
    public async Task An_unreadable_price_and_unnamed_fields_are_kept_as_sent()
    {
        var found = (await PricesOf("{\"planId\":1,\"price\":\"call us\",\"discount\":\"10%\"}")).Find(1, null)!;

        Assert.Equal("call us", found.Extra["price"]);
        Assert.Equal("10%", found.Extra["discount"]);
    }

    [Fact]
    public async Task A_line_for_another_plan_does_not_match()
    {
        Assert.Null((await PricesOf("{\"planId\":2,\"price\":5,\"currencyCode\":\"USD\"}")).Find(1, "pr1"));
    }
}
