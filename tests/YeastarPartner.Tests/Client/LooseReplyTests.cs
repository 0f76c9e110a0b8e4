using YeastarPartner.Client.Errors;
using YeastarPartner.Tests.Infrastructure;

namespace YeastarPartner.Tests.Client;

/// <summary>
/// Replies are read whatever JSON types the server chose where the docs are vague: lists as one object or
/// null, numbers as strings, IDs as numbers, "" for no value, unknown fields; what cannot be read is kept.
/// </summary>
public sealed class LooseReplyTests
{
    private readonly FakePartnerPortal _portal = new();

    private void Answer(string resultJson) => _portal.Respond = (_, _) => Task.FromResult(FakePartnerPortal.Ok(resultJson));

    [Fact]
    public async Task A_contact_list_sent_as_one_object_is_a_list_of_that_contact()
    {
        Answer("{\"billingContactId\":\"3197218168379846218\",\"firstName\":\"Alex\"}");
        using var client = _portal.CreateClient();

        var contact = Assert.Single(await client.GetBillingContactsAsync());

        Assert.Equal(3197218168379846218, contact.BillingContactId);
    }

    [Theory]
    [InlineData("null")]
    [InlineData("\"\"")]
    [InlineData("[]")]
    public async Task A_list_result_that_is_null_or_empty_is_an_empty_list(string result)
    {
        Answer(result);
        using var client = _portal.CreateClient();

        Assert.Empty(await client.GetSubordinateUsersAsync());
        Assert.Empty(await client.GetRegionsAsync());
    }

    [Fact]
    public async Task A_19_digit_id_sent_as_a_json_number_stays_exact_in_a_string_and_a_long()
    {
        // 2^53 + 1 and a 19-digit ID: a double would round both.
        Answer("[{\"partnerId\":9007199254740993},{\"partnerId\":3076913644890832901}]");
        using var client = _portal.CreateClient();

        var users = await client.GetSubordinateUsersAsync();

        Assert.Equal(new[] { "9007199254740993", "3076913644890832901" }, users.Select(u => u.PartnerId));
        Answer("[{\"billingContactId\":9007199254740993}]");
        Assert.Equal(9007199254740993, (await client.GetBillingContactsAsync())[0].BillingContactId);
    }

    [Fact]
    public async Task Numbers_sent_as_strings_and_empty_strings_for_numbers_read_as_numbers_and_no_value()
    {
        Answer("{\"productNo\":\"3631E3418911\",\"productId\":\"11\",\"createTime\":\"1700000000000\",\"planId\":\"\",\"quantity\":\"\",\"billingCycle\":7}");
        using var client = _portal.CreateClient();

        var product = await client.GetProductAsync(11, "3631E3418911");

        Assert.Equal((11, 1700000000000L, (long?)null, (int?)null, "7"), (product.ProductId, product.CreateTime, product.PlanId, product.Quantity, product.BillingCycle));
    }

    [Fact]
    public async Task A_field_that_cannot_be_read_as_its_type_is_kept_as_sent_and_the_rest_of_the_listing_is_read()
    {
        Answer("{\"total\":\"2\",\"totalPage\":\"1\",\"results\":[" +
               "{\"productNo\":\"A1\",\"createTime\":\"2024-05-01 10:00\",\"quantity\":{\"extensions\":50},\"extInfo\":{\"flags\":[1,\"two\"]}}," +
               "{\"productNo\":\"A2\",\"createTime\":1700000000}]}");
        using var client = _portal.CreateClient();

        var products = new List<YeastarPartner.Client.Models.InstanceProduct>();
        await foreach (var p in client.GetProductsAsync(11)) products.Add(p);

        Assert.Equal(new[] { "A1", "A2" }, products.Select(p => p.ProductNo));
        Assert.Null(products[0].CreateTime);
        Assert.Equal("2024-05-01 10:00", products[0].Extra["createTime"]);
        Assert.NotNull(products[0].Extra["quantity"]);
        Assert.Equal(new object?[] { 1L, "two" }, ((object?[])Assert.IsType<List<KeyValuePair<string, object?>>>(products[0].Extra["extInfo"])[0].Value!));
        Assert.Equal(1700000000L, products[1].CreateTime);
        Assert.Empty(products[1].Extra);
    }

    [Fact]
    public async Task Page_counts_that_cannot_be_read_do_not_fail_the_listing_an_empty_page_ends_it()
    {
        _portal.Respond = (call, _) => Task.FromResult(FakePartnerPortal.Ok(call.QueryValue("pageNo") == "1"
            ? "{\"total\":\"many\",\"totalPage\":{\"n\":2},\"results\":[{\"productNo\":\"A1\"}]}"
            : "{\"total\":\"many\",\"results\":[]}"));
        using var client = _portal.CreateClient();

        var numbers = new List<string>();
        await foreach (var p in client.GetProductsAsync(11)) numbers.Add(p.ProductNo!);

        Assert.Equal(new[] { "A1" }, numbers);
        Assert.Equal(2, _portal.ApiCalls.Count);
    }

    [Theory]
    [InlineData("true", true)]
    [InlineData("\"true\"", true)]
    [InlineData("1", true)]
    [InlineData("\"0\"", false)]
    public async Task A_boolean_result_is_read_from_a_flag_a_string_or_0_and_1(string result, bool expected)
    {
        Answer(result);
        using var client = _portal.CreateClient();

        Assert.Equal(expected, await client.PbxUrlExistsAsync("x.example"));
    }

    [Fact]
    public async Task A_required_field_that_cannot_be_read_fails_the_call_as_an_unreadable_reply_instead_of_guessing()
    {
        Answer("{\"autoRenew\":\"maybe\"}");
        using var client = _portal.CreateClient();

        var error = await Assert.ThrowsAsync<YeastarApiException>(() => client.GetAutoRenewalAsync(11, "3631E3418911"));

        Assert.Equal(ApiErrorKind.InvalidResponse, error.Kind);
    }
}
