using System.Collections.Concurrent;
using YeastarPartner.Client.Orders;
using YeastarPartner.Tests.Infrastructure;

namespace YeastarPartner.Tests.Client;

/// <summary>
/// The walk of the order history behind -Reconcile and -SkipOrderedSince: every order since a time, whatever
/// order the server lists in and whatever page size it serves, each order looked up once, concurrently.
/// </summary>
public sealed class OrderHistoryTests
{
    private const string OrderList = "/order/openapi/order/v1/page";
    private static readonly DateTimeOffset Now = DateTimeOffset.UtcNow;
    private readonly FakePartnerPortal _portal = new();
    private readonly ConcurrentDictionary<string, int> _detailCalls = new();

    /// <summary>Order i was created i hours ago; its device is SN{i}.</summary>
    private sealed record Order(int Number, string Status = "succeed", string? ListedDevice = null, string? ListedOperation = null)
    {
        public long CreateTime => (Now - TimeSpan.FromHours(Number)).ToUnixTimeMilliseconds();
        public string Json => $"{{\"id\":\"{Number}\",\"orderNo\":\"EU{Number}\",\"orderStatus\":\"{Status}\",\"createTime\":{CreateTime}"
            + (ListedDevice != null ? $",\"productNo\":\"{ListedDevice}\"" : "") + (ListedOperation != null ? $",\"operationType\":\"{ListedOperation}\"" : "") + "}";
    }

    /// <summary>Serves <paramref name="orders"/> in the given order (the server's own), pages capped at <paramref name="cap"/>.</summary>
    private int _detailsInFlight, _detailsPeak;

    private void Serve(IReadOnlyList<Order> orders, int cap = int.MaxValue, TimeSpan? detailLatency = null)
    {
        _portal.Respond = async (call, _) =>
        {
            if (call.Path == OrderList)
            {
                var pageNo = int.Parse(call.QueryValue("pageNo")!);
                var size = Math.Min(int.Parse(call.QueryValue("pageSize")!), cap);
                var page = orders.Skip((pageNo - 1) * size).Take(size).Select(o => o.Json);
                return FakePartnerPortal.Ok($"{{\"pageNo\":{pageNo},\"pageSize\":{size},\"total\":{orders.Count},\"count\":{orders.Count},\"totalPage\":{(orders.Count + size - 1) / size},\"results\":[{string.Join(",", page)}]}}");
            }
            var number = int.Parse(call.Path.Split('/').Last().Substring(2));
            _detailCalls.AddOrUpdate(call.Path, 1, (_, n) => n + 1);
            var inFlight = Interlocked.Increment(ref _detailsInFlight);
            lock (_detailCalls) _detailsPeak = Math.Max(_detailsPeak, inFlight);
            if (detailLatency.HasValue) await Task.Delay(detailLatency.Value);
            Interlocked.Decrement(ref _detailsInFlight);
            return FakePartnerPortal.Ok($"{{\"basicInformation\":{{\"productId\":\"11\",\"productNo\":\"SN{number}\"}},\"orderInformation\":{{\"operationType\":\"purchase_plan\"}},\"orderSummary\":[{{\"serviceId\":3048560232537899008}}]}}");
        };
    }

    private static List<Order> Hours(int from, int to) => Enumerable.Range(from, to - from + 1).Select(i => new Order(i)).ToList();

    private async Task<IReadOnlyList<FoundOrder>> SinceAsync(int hoursAgo, int pageSize = 10, int concurrency = 4)
    {
        using var client = _portal.CreateClient();
        return await client.GetOrdersSinceAsync(Now - TimeSpan.FromHours(hoursAgo) - TimeSpan.FromMinutes(1), new OrderHistoryOptions { PageSize = pageSize, MaxConcurrency = concurrency });
    }

    private int OrderListCalls => _portal.ApiCalls.Count(c => c.Path == OrderList);

    [Fact]
    public async Task A_newest_first_list_stops_one_page_after_the_time()
    {
        Serve(Hours(1, 100));

        var found = await SinceAsync(hoursAgo: 25);

        Assert.Equal(Enumerable.Range(1, 25).Select(i => $"SN{i}"), found.Select(o => o.SerialNumber));
        Assert.Equal(4, OrderListCalls); // 25 orders on three pages of 10, and one page all older
    }

    [Fact]
    public async Task A_server_that_ignores_sort_and_lists_oldest_first_is_walked_to_the_end_and_misses_nothing()
    {
        var oldestFirst = Hours(1, 100);
        oldestFirst.Reverse();
        Serve(oldestFirst);

        var found = await SinceAsync(hoursAgo: 25);

        Assert.Equal(Enumerable.Range(1, 25).Select(i => $"SN{i}").OrderBy(s => s), found.Select(o => o.SerialNumber!).OrderBy(s => s));
        Assert.Equal(10, OrderListCalls);
    }

    [Fact]
    public async Task A_server_that_serves_one_order_per_page_oldest_first_is_not_taken_for_newest_first()
    {
        var oldestFirst = Hours(1, 12);
        oldestFirst.Reverse();
        Serve(oldestFirst, cap: 1);

        var found = await SinceAsync(hoursAgo: 3);

        Assert.Equal(new[] { "SN1", "SN2", "SN3" }, found.Select(o => o.SerialNumber!).OrderBy(s => s));
    }

    [Fact]
    public async Task A_server_that_caps_pages_below_the_size_asked_still_yields_every_order_since_the_time()
    {
        Serve(Hours(1, 60), cap: 7);

        var found = await SinceAsync(hoursAgo: 30, pageSize: 50);

        Assert.Equal(30, found.Count);
    }

    [Fact]
    public async Task Each_order_is_looked_up_once_and_no_more_than_the_concurrency_at_a_time()
    {
        Serve(Hours(1, 40), detailLatency: TimeSpan.FromMilliseconds(30));

        var found = await SinceAsync(hoursAgo: 40, concurrency: 4);

        Assert.Equal(40, found.Count);
        Assert.Equal(40, _detailCalls.Count);
        Assert.All(_detailCalls.Values, calls => Assert.Equal(1, calls));
        Assert.InRange(_detailsPeak, 2, 4);
    }

    [Fact]
    public async Task Orders_that_bought_nothing_and_orders_whose_list_item_names_device_and_kind_are_not_looked_up()
    {
        Serve(new[] { new Order(1, "cancelled"), new Order(2, "failed"), new Order(3, ListedDevice: "SN3", ListedOperation: "renew_plan"), new Order(4, "pending") });

        var found = await SinceAsync(hoursAgo: 10);

        Assert.Equal(4, found.Count);
        Assert.Equal(new[] { "/order/openapi/order/v1/get/EU4" }, _detailCalls.Keys);
        Assert.False(found[0].Facts.CountsAsPurchase);
        Assert.True(found[3].Facts.CountsAsPurchase);
        Assert.Equal("SN3", found[2].SerialNumber);
    }

    [Fact]
    public async Task A_failed_look_up_fails_the_whole_history_rather_than_hiding_an_order()
    {
        Serve(Hours(1, 5));
        var inner = _portal.Respond;
        _portal.Respond = (call, index) => call.Path.EndsWith("EU3") ? Task.FromResult(FakePartnerPortal.Envelope(404, "not_found", "gone")) : inner(call, index);

        await Assert.ThrowsAsync<YeastarPartner.Client.Errors.YeastarApiException>(() => SinceAsync(hoursAgo: 10));
    }

    private async Task<List<FoundOrder>> FindAsync(OrderSearch search, int stopAfter = int.MaxValue)
    {
        using var client = _portal.CreateClient();
        var found = new List<FoundOrder>();
        await client.FindOrdersAsync(search, order => { found.Add(order); return found.Count < stopAfter; });
        return found;
    }

    [Fact]
    public async Task A_detailed_search_looks_every_order_up_in_the_list_order_no_more_than_the_concurrency_at_a_time()
    {
        Serve(Hours(1, 30), cap: 7, detailLatency: TimeSpan.FromMilliseconds(30));

        var found = await FindAsync(new OrderSearch { Detailed = true, MaxConcurrency = 4 });

        Assert.Equal(Enumerable.Range(1, 30).Select(i => "EU" + i), found.Select(o => o.Summary.OrderNo));
        Assert.All(found, o => Assert.Equal("SN" + o.Summary.Id, o.SerialNumber));
        Assert.All(_detailCalls.Values, calls => Assert.Equal(1, calls));
        Assert.InRange(_detailsPeak, 2, 4);
    }

    [Fact]
    public async Task A_search_that_has_enough_stops_looking_orders_up()
    {
        Serve(Hours(1, 40), detailLatency: TimeSpan.FromMilliseconds(10));

        var found = await FindAsync(new OrderSearch { Detailed = true, MaxConcurrency = 4 }, stopAfter: 3);

        Assert.Equal(3, found.Count);
        Assert.InRange(_detailCalls.Count, 3, 3 + 4);
    }

    [Fact]
    public async Task A_product_filter_reads_the_details_the_list_does_not_give_and_keeps_the_matches()
    {
        Serve(Hours(1, 5));

        Assert.Equal(5, (await FindAsync(new OrderSearch { ProductIds = new HashSet<int> { 11 } })).Count);
        Assert.Empty(await FindAsync(new OrderSearch { ProductIds = new HashSet<int> { 13 } }));
    }

    [Fact]
    public async Task Until_leaves_out_the_newer_orders_without_reading_their_details()
    {
        Serve(Hours(1, 10));

        var found = await FindAsync(new OrderSearch { Until = Now - TimeSpan.FromHours(6) - TimeSpan.FromMinutes(1) });

        Assert.Equal(Enumerable.Range(7, 4).Select(i => "EU" + i), found.Select(o => o.Summary.OrderNo));
        Assert.Empty(_detailCalls);
    }

    [Fact]
    public async Task A_look_up_that_fails_while_the_list_is_still_read_is_reported_with_its_order_status_code_and_request_id_not_as_a_cancellation()
    {
        Serve(Hours(1, 40));
        var inner = _portal.Respond;
        _portal.Respond = async (call, index) =>
        {
            // The list is slow, so the failed look-up cancels the walk and the other look-ups mid-way.
            if (call.Path == OrderList) await Task.Delay(50);
            if (call.Path.EndsWith("/EU2")) return FakePartnerPortal.Envelope(500, "internal_error", "database unavailable", requestId: "req-o3-failed");
            return await inner(call, index);
        };

        var error = await Assert.ThrowsAsync<YeastarPartner.Client.Errors.YeastarApiException>(() => SinceAsync(hoursAgo: 50, pageSize: 5, concurrency: 2));

        Assert.StartsWith("The look-up of order EU2 (O3) failed:", error.Message);
        Assert.Contains("HTTP 500", error.Message);
        Assert.Contains("internal_error", error.Message);
        Assert.Equal(500, error.HttpStatus);
        Assert.Equal("req-o3-failed", error.RequestId);
        Assert.True(OrderListCalls < 8, "the walk stopped at the failure instead of reading every page");
    }
}
