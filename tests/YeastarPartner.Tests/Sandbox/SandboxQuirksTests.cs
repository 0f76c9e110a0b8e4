using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using YeastarPartner.Sandbox;

namespace YeastarPartner.Tests.Sandbox;

/// <summary>
/// The sandbox plays each behaviour the docs allow but do not show (docs/sandbox.md), on the wire, so the
/// module's tests can rely on them: switched on from the command line or at run time, off by default.
/// </summary>
public sealed class SandboxQuirksTests : IAsyncLifetime
{
    private const string Orders = "/order/openapi/order/v1/page";
    private const string Products = "/product/openapi/instance_product/v1/client/instance_product_list";
    private const string Contacts = "/user/openapi/user/v1/client/billing_contact_list";

    private SandboxServer _server = null!;
    private readonly HttpClient _http = new();

    public async Task InitializeAsync() => await StartAsync(new SandboxOptions { Port = 0 });

    private async Task StartAsync(SandboxOptions options)
    {
        if (_server != null) await _server.DisposeAsync();
        _server = await SandboxServer.StartAsync(options);
        _http.DefaultRequestHeaders.UserAgent.ParseAdd("OpenAPI");
        var token = await _http.PostAsync(new Uri(_server.Url, "/auth/openapi/v1/oauth/token"), new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["client_id"] = options.ClientId, ["client_secret"] = options.ClientSecret, ["grant_type"] = "pp_credentials",
        }));
        var result = (await token.Content.ReadFromJsonAsync<JsonObject>())!["result"]!;
        _http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", (string)result["token"]!);
    }

    public async Task DisposeAsync()
    {
        await _server.DisposeAsync();
        _http.Dispose();
    }

    private async Task<JsonNode?> ResultOf(string pathAndQuery)
    {
        var reply = await _http.GetAsync(new Uri(_server.Url, pathAndQuery));
        Assert.Equal(HttpStatusCode.OK, reply.StatusCode);
        return (await reply.Content.ReadFromJsonAsync<JsonObject>())!["result"];
    }

    private async Task Set(object settings) =>
        (await _http.PostAsJsonAsync(new Uri(_server.Url, "/_sandbox/settings"), settings)).EnsureSuccessStatusCode();

    [Fact]
    public async Task History_orders_are_older_than_now_spread_over_30_days_and_read_through_O2_and_O3()
    {
        await Set(new { seedHistoryOrders = 90 });

        var page = (await ResultOf(Orders + "?pageNo=1&pageSize=100&sort=id"))!;
        var orders = page["results"]!.AsArray();
        Assert.Equal(90, orders.Count);
        var now = DateTimeOffset.UtcNow.ToUnixTimeMilliseconds();
        var times = orders.Select(o => (long)o!["createTime"]!).ToList();
        Assert.All(times, t => Assert.InRange(t, now - (long)TimeSpan.FromDays(31).TotalMilliseconds, now - 1));
        Assert.True(times.Max() - times.Min() > (long)TimeSpan.FromDays(25).TotalMilliseconds, "the history spans weeks, not a moment");
        var detail = (await ResultOf("/order/openapi/order/v1/get/" + (string)orders[5]!["orderNo"]!))!;
        Assert.StartsWith("3631H", (string)detail["basicInformation"]!["productNo"]!);
    }

    [Fact]
    public async Task History_orders_survive_a_reset_while_the_setting_stays_on_and_go_when_it_is_set_to_0()
    {
        await Set(new { seedHistoryOrders = 12 });
        (await _http.PostAsync(new Uri(_server.Url, "/_sandbox/reset"), null)).EnsureSuccessStatusCode();
        Assert.Equal(12, (int)(await ResultOf(Orders))!["total"]!);

        await Set(new { seedHistoryOrders = 0 });
        Assert.Equal(0, (int)(await ResultOf(Orders))!["total"]!);
    }

    [Fact]
    public async Task Sort_minus_id_answers_newest_first_unless_the_server_ignores_sort()
    {
        await Set(new { seedHistoryOrders = 30 });
        long FirstTime(JsonNode page) => (long)page["results"]![0]!["createTime"]!;

        var newestFirst = FirstTime((await ResultOf(Orders + "?sort=-id"))!);
        var oldestFirst = FirstTime((await ResultOf(Orders + "?sort=id"))!);
        Assert.True(newestFirst > oldestFirst);

        await Set(new { ignoreSort = true });
        Assert.Equal(oldestFirst, FirstTime((await ResultOf(Orders + "?sort=-id"))!));
    }

    [Fact]
    public async Task A_capped_page_serves_fewer_items_than_asked_echoes_the_size_asked_and_counts_pages_of_the_size_served()
    {
        await StartAsync(SandboxOptions.FromArgs(["--port", "0", "--max-page-size", "20", "--seed-products", "38"]));

        var first = (await ResultOf(Products + "?productId=11&pageNo=1&pageSize=50"))!;
        Assert.Equal(20, first["results"]!.AsArray().Count);
        Assert.Equal(50, (int)first["pageSize"]!);
        Assert.Equal(45, (int)first["total"]!);
        Assert.Equal(3, (int)first["totalPage"]!);
        var third = (await ResultOf(Products + "?productId=11&pageNo=3&pageSize=50"))!;
        Assert.Equal(5, third["results"]!.AsArray().Count);
        Assert.Equal("3631P0000038", (string)third["results"]![4]!["productNo"]!);
    }

    [Fact]
    public async Task With_plain_unauthorized_a_token_failure_is_a_bare_401_without_the_envelope()
    {
        await Set(new { plainUnauthorized = true });
        _http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", "not-a-token");

        var reply = await _http.GetAsync(new Uri(_server.Url, Contacts));

        Assert.Equal(HttpStatusCode.Unauthorized, reply.StatusCode);
        Assert.Equal("text/plain", reply.Content.Headers.ContentType!.MediaType);
        Assert.Equal("Unauthorized", await reply.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task With_single_object_lists_U1_answers_its_contact_as_a_bare_object()
    {
        Assert.IsType<JsonArray>(await ResultOf(Contacts));
        await Set(new { singleObjectLists = true });

        var contact = Assert.IsType<JsonObject>(await ResultOf(Contacts));
        Assert.Equal("3197218168379846218", (string)contact["billingContactId"]!);
    }

    [Fact]
    public async Task With_loose_types_numbers_come_as_strings_ids_as_exact_numbers_nulls_as_empty_strings()
    {
        await Set(new { looseTypes = true, singleObjectLists = false });

        var contacts = (await ResultOf(Contacts))!.AsArray();
        // 2^53 + 1: a JSON number a double would round to ...992.
        Assert.Contains(contacts, c => c!["billingContactId"]!.ToJsonString() == "9007199254740993");
        var page = (await ResultOf(Products + "?productId=19"))!;
        Assert.Equal("\"1\"", page["total"]!.ToJsonString());
        var addOn = page["results"]![0]!;
        Assert.Equal("\"19\"", addOn["productId"]!.ToJsonString());
        Assert.Equal("", (string)addOn["planId"]!);
        Assert.NotNull(addOn["extInfo"]);
    }

    [Fact]
    public void Every_switch_has_a_command_line_option()
    {
        var options = SandboxOptions.FromArgs(["--ignore-sort", "--max-page-size", "20", "--plain-unauthorized", "--single-object-lists", "--loose-types", "--seed-history-orders", "90", "--seed-products", "38"]);
        Assert.True(options.IgnoreSort && options.PlainUnauthorized && options.SingleObjectLists && options.LooseTypes);
        Assert.Equal((20, 90, 38), (options.MaxPageSize, options.SeedHistoryOrders, options.SeedProducts));

        var all = SandboxOptions.FromArgs(["--undocumented"]);
        Assert.True(all.IgnoreSort && all.PlainUnauthorized && all.SingleObjectLists && all.LooseTypes);
        Assert.Equal(20, all.MaxPageSize);
    }
}
