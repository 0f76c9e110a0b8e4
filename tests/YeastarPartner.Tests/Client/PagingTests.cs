using YeastarPartner.Client.Errors;
using YeastarPartner.Client.Models;
using YeastarPartner.Client.Paging;
using YeastarPartner.Tests.Infrastructure;

namespace YeastarPartner.Tests.Client;

/// <summary>
/// Lists end on what the server says (total, totalPage, an empty page), never on the page size asked for,
/// and a server that loops cannot make a listing endless.
/// </summary>
public sealed class PagingTests
{
    private const string ProductList = "/product/openapi/instance_product/v1/client/instance_product_list";
    private readonly FakePartnerPortal _portal = new();

    /// <summary>45 products; pages of at most <paramref name="cap"/>, offsets at the size served; the reply's pageSize echoes the size asked.</summary>
    private void ServeProducts(int count, int cap, Func<int, int, int, string>? counts = null)
    {
        _portal.Respond = (call, _) =>
        {
            var pageNo = int.Parse(call.QueryValue("pageNo")!);
            var asked = int.Parse(call.QueryValue("pageSize")!);
            var served = Math.Min(asked, cap);
            var items = Enumerable.Range((pageNo - 1) * served, Math.Max(0, Math.Min(served, count - (pageNo - 1) * served)))
                .Select(i => $"{{\"productNo\":\"SN{i:D3}\"}}");
            var pageCounts = counts?.Invoke(count, asked, served) ?? $"\"total\":{count},\"count\":{count},\"totalPage\":{(count + served - 1) / served}";
            return Task.FromResult(FakePartnerPortal.Ok($"{{\"pageNo\":{pageNo},\"pageSize\":{asked},{pageCounts},\"results\":[{string.Join(",", items)}]}}"));
        };
    }

    private async Task<List<string>> ListAsync(long skip = 0, int pageSize = PageStream.DefaultPageSize)
    {
        using var client = _portal.CreateClient();
        var numbers = new List<string>();
        await foreach (var product in client.GetProductsAsync(11, skip, pageSize)) numbers.Add(product.ProductNo!);
        return numbers;
    }

    private static IEnumerable<string> Serials(int from, int count) => Enumerable.Range(from, count).Select(i => $"SN{i:D3}");

    private IEnumerable<(string PageNo, string PageSize)> Requests => _portal.ApiCalls.Select(c => (c.QueryValue("pageNo") ?? "", c.QueryValue("pageSize") ?? ""));

    [Fact]
    public async Task A_server_that_caps_pages_at_20_silently_still_lists_all_45_products_asking_for_the_size_it_serves()
    {
        ServeProducts(45, cap: 20);

        Assert.Equal(Serials(0, 45), await ListAsync(pageSize: 50));
        Assert.Equal(new[] { ("1", "50"), ("2", "20"), ("3", "20") }, Requests);
    }

    [Fact]
    public async Task Skip_jumps_to_the_page_that_holds_it_at_the_size_the_server_serves()
    {
        ServeProducts(45, cap: 20);

        Assert.Equal(Serials(42, 3), await ListAsync(skip: 42));
        Assert.Equal(new[] { ("1", "25"), ("3", "20") }, Requests);
    }

    [Fact]
    public async Task A_total_page_count_that_says_1_does_not_end_the_list_while_the_total_says_more()
    {
        ServeProducts(45, cap: 20, counts: (count, asked, _) => $"\"total\":{count},\"totalPage\":{(count + asked - 1) / asked}");

        Assert.Equal(45, (await ListAsync(pageSize: 50)).Count);
    }

    [Fact]
    public async Task Without_total_or_totalPage_only_an_empty_page_ends_the_list()
    {
        ServeProducts(45, cap: 100, counts: (_, _, _) => "\"extra\":1");

        Assert.Equal(45, (await ListAsync()).Count);
        Assert.Equal(3, _portal.ApiCalls.Count);
    }

    [Fact]
    public async Task A_total_larger_than_the_list_ends_on_the_empty_page_without_an_error()
    {
        ServeProducts(45, cap: 100, counts: (_, _, _) => "\"total\":50,\"totalPage\":2");

        Assert.Equal(45, (await ListAsync()).Count);
    }

    [Fact]
    public async Task A_server_that_sends_more_items_than_its_total_is_read_to_the_empty_page()
    {
        ServeProducts(45, cap: 100, counts: (_, _, _) => "\"total\":10,\"totalPage\":1");

        Assert.Equal(45, (await ListAsync()).Count);
    }

    [Fact]
    public async Task A_server_that_answers_the_same_page_for_every_pageNo_ends_with_an_error_after_that_page()
    {
        _portal.Respond = (_, _) => Task.FromResult(FakePartnerPortal.Ok("{\"total\":1000,\"totalPage\":40,\"results\":[{\"productNo\":\"SN000\"},{\"productNo\":\"SN001\"}]}"));
        using var client = _portal.CreateClient();
        var read = new List<string>();

        var error = await Assert.ThrowsAsync<YeastarApiException>(async () =>
        {
            await foreach (var product in client.GetProductsAsync(11)) read.Add(product.ProductNo!);
        });

        Assert.Equal(ApiErrorKind.InvalidResponse, error.Kind);
        Assert.Contains("may be incomplete", error.Message);
        Assert.Equal(new[] { "SN000", "SN001" }, read);
        Assert.Equal(2, _portal.ApiCalls.Count);
    }

    [Fact]
    public async Task A_server_that_never_stops_announcing_more_is_read_up_to_the_page_bound_and_reported()
    {
        var fetched = 0;
        Task<Page<int>> Endless(int pageNo, int size, CancellationToken _)
        {
            fetched++;
            return Task.FromResult(new Page<int> { Results = Enumerable.Range(pageNo * size, size).ToList() });
        }
        var read = 0;

        var error = await Assert.ThrowsAsync<YeastarApiException>(async () =>
        {
            await foreach (var _ in PageStream.ReadAsync("/endless", Endless, pageSize: 5, maxPages: 7)) read++;
        });

        Assert.Equal((7, 35), (fetched, read));
        Assert.Contains("7 pages", error.Message);
    }

    [Fact]
    public async Task The_first_item_is_handed_over_before_the_next_page_is_requested()
    {
        ServeProducts(45, cap: 100);
        using var client = _portal.CreateClient();

        await foreach (var _ in client.GetProductsAsync(11))
        {
            Assert.Single(_portal.ApiCalls);
            break;
        }
    }
}
