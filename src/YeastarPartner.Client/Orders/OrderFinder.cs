using System;
using System.Collections.Generic;
using System.Linq;
using System.Runtime.CompilerServices;
using System.Threading;
using System.Threading.Tasks;
using Newtonsoft.Json.Linq;
using YeastarPartner.Client.Catalog;
using YeastarPartner.Client.Models;
using YeastarPartner.Client.Paging;

namespace YeastarPartner.Client.Orders
{
    /// <summary>
    /// Walks O2 page by page, adding O3 where the search needs it, and hands each match to the caller in the
    /// server's order as soon as it is known, so memory stays flat however long the order history is. O3
    /// look-ups run ahead of the caller, at most <see cref="OrderSearch.MaxConcurrency"/> at a time (like
    /// <see cref="OrderHistory"/>'s). Correct whatever order the server lists orders in, and whatever page size
    /// it really serves (see <see cref="NewestFirstWalk"/>).
    /// </summary>
    internal sealed class OrderFinder
    {
        private readonly YeastarClient _client;

        public OrderFinder(YeastarClient client) => _client = client;

        /// <summary>Calls <paramref name="onOrder"/> per match until it returns false or the orders run out.</summary>
        public async Task FindAsync(OrderSearch search, Func<FoundOrder, bool> onOrder, CancellationToken cancellationToken)
        {
            if (!string.IsNullOrWhiteSpace(search.OrderNo))
            {
                var detail = await _client.GetOrderAsync(search.OrderNo!.Trim(), cancellationToken).ConfigureAwait(false);
                var found = new FoundOrder(SummaryOf(detail, search.OrderNo!.Trim()), detail);
                if (Matches(found, search)) onOrder(found);
                return;
            }

            // A window of orders in the server's order; each either known from O2 or waiting for its O3 look-up.
            using (var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken))
            {
                var window = new Queue<Task<FoundOrder>>();
                var orders = ListAsync(search.Since, search.PageSize, stop.Token).GetAsyncEnumerator(stop.Token);
                try
                {
                    while (await orders.MoveNextAsync().ConfigureAwait(false))
                    {
                        var summary = orders.Current;
                        if (!MatchesList(summary, search)) continue;
                        var candidate = new FoundOrder(summary, null);
                        window.Enqueue(NeedsDetail(candidate, search) ? LookUpAsync(summary, stop.Token) : Task.FromResult(candidate));
                        if (window.Count >= Math.Max(1, search.MaxConcurrency) && !await DeliverAsync(window.Dequeue(), search, onOrder).ConfigureAwait(false)) return;
                    }
                    while (window.Count > 0)
                        if (!await DeliverAsync(window.Dequeue(), search, onOrder).ConfigureAwait(false)) return;
                }
                finally
                {
                    // Look-ups no longer wanted (the caller has enough, or one failed) are cancelled and awaited.
                    stop.Cancel();
                    await Task.WhenAll(window.Select(t => t.ContinueWith(_ => { }, TaskScheduler.Default))).ConfigureAwait(false);
                    await orders.DisposeAsync().ConfigureAwait(false);
                }
            }
        }

        private async Task<FoundOrder> LookUpAsync(OrderSummary summary, CancellationToken cancellationToken)
        {
            var detail = await _client.GetOrderAsync(summary.OrderNo ?? summary.Id ?? "", cancellationToken).ConfigureAwait(false);
            return new FoundOrder(summary, detail);
        }

        private static async Task<bool> DeliverAsync(Task<FoundOrder> next, OrderSearch search, Func<FoundOrder, bool> onOrder)
        {
            var order = await next.ConfigureAwait(false);
            return !Matches(order, search) || onOrder(order);
        }

        /// <summary>O3 is needed for -Detailed, and where a device or product filter asks what O2 does not say.</summary>
        private static bool NeedsDetail(FoundOrder order, OrderSearch search) =>
            search.Detailed
            || (search.NeedsDetail && !search.SerialNumbers!.Contains(order.SerialNumber ?? ""))
            || (search.ProductIds != null && search.ProductIds.Count > 0 && !order.Facts.ProductId.HasValue);

        /// <summary>
        /// The O2 items created at or after <paramref name="since"/> (every item when null; items without a
        /// readable createTime too), in the server's order, each order once even if a shifting page lists it twice.
        /// </summary>
        public async IAsyncEnumerable<OrderSummary> ListAsync(DateTimeOffset? since, int pageSize, [EnumeratorCancellation] CancellationToken cancellationToken)
        {
            var walk = new NewestFirstWalk(since, pageSize);
            var seen = new HashSet<string>(StringComparer.Ordinal);
            var pages = PageStream.ReadAsync(YeastarClient.OrderListPath, (no, size, ct) => _client.GetOrderPageAsync(no, size, ct), pageSize, 0, cancellationToken).GetAsyncEnumerator(cancellationToken);
            try
            {
                while (await pages.MoveNextAsync().ConfigureAwait(false))
                {
                    var summary = pages.Current;
                    var created = ApiTime.FromEpoch(summary.CreateTime);
                    var stop = walk.Observe(created);
                    var identity = summary.Id ?? summary.OrderNo;
                    if (walk.IsWanted(created) && (identity == null || seen.Add(identity))) yield return summary;
                    if (stop) yield break;
                }
            }
            finally
            {
                await pages.DisposeAsync().ConfigureAwait(false);
            }
        }

        /// <summary>What O2's item alone can decide: status and the time window.</summary>
        private static bool MatchesList(OrderSummary summary, OrderSearch search)
        {
            var created = ApiTime.FromEpoch(summary.CreateTime);
            return MatchesStatus(summary.OrderStatus, search.Statuses)
                && (!search.Until.HasValue || !created.HasValue || created <= search.Until);
        }

        private static bool Matches(FoundOrder order, OrderSearch search) =>
            MatchesStatus(order.Facts.Status, search.Statuses)
            && (!search.Since.HasValue || !order.CreateTime.HasValue || order.CreateTime >= search.Since)
            && (!search.Until.HasValue || !order.CreateTime.HasValue || order.CreateTime <= search.Until)
            && (!search.NeedsDetail || (order.SerialNumber != null && search.SerialNumbers!.Contains(order.SerialNumber)))
            && (search.ProductIds == null || search.ProductIds.Count == 0 || (order.Facts.ProductId is int product && search.ProductIds.Contains(product)));

        private static bool MatchesStatus(string? status, ISet<string>? wanted) =>
            wanted == null || wanted.Count == 0 || (status != null && wanted.Contains(status.Trim()));

        /// <summary>O3's orderInformation is not documented field by field; read what is there.</summary>
        private static OrderSummary SummaryOf(OrderDetail detail, string orderNo)
        {
            var info = detail.OrderInformation ?? new JObject();
            return new OrderSummary
            {
                Id = (string?)info["id"],
                OrderNo = (string?)info["orderNo"] ?? orderNo,
                OrderStatus = (string?)info["orderStatus"],
                // A number, or (loosely typed) digits in a string.
                CreateTime = long.TryParse(info["createTime"]?.ToString(), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var created) ? created : (long?)null,
                CurrencyCode = (string?)info["currencyCode"],
                InvoiceNo = (string?)info["invoiceNo"],
                CustomReferenceNo = (string?)info["customReferenceNo"],
            };
        }
    }
}
