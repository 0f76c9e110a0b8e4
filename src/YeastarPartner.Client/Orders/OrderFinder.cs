using System;
using System.Collections.Generic;
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
    /// Walks O2 page by page, adding O3 where the device is needed, and hands each match to the caller as
    /// soon as it is known, so memory stays flat however long the order history is. Correct whatever order the
    /// server lists orders in, and whatever page size it really serves (see <see cref="NewestFirstWalk"/>).
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

            var orders = ListAsync(search.Since, search.PageSize, cancellationToken).GetAsyncEnumerator(cancellationToken);
            try
            {
                while (await orders.MoveNextAsync().ConfigureAwait(false))
                {
                    var summary = orders.Current;
                    if (!MatchesStatus(summary.OrderStatus, search.Status)) continue;
                    var candidate = new FoundOrder(summary, null);
                    if (search.NeedsDetail && !search.SerialNumbers!.Contains(candidate.SerialNumber ?? ""))
                    {
                        var detail = await _client.GetOrderAsync(summary.OrderNo ?? summary.Id ?? "", cancellationToken).ConfigureAwait(false);
                        candidate = new FoundOrder(summary, detail);
                        if (!Matches(candidate, search)) continue;
                    }
                    if (!onOrder(candidate)) return;
                }
            }
            finally
            {
                await orders.DisposeAsync().ConfigureAwait(false);
            }
        }

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

        private static bool Matches(FoundOrder order, OrderSearch search) =>
            MatchesStatus(order.Summary.OrderStatus, search.Status)
            && (!search.Since.HasValue || !order.CreateTime.HasValue || order.CreateTime >= search.Since)
            && (!search.NeedsDetail || (order.SerialNumber != null && search.SerialNumbers!.Contains(order.SerialNumber)));

        private static bool MatchesStatus(string? status, string? wanted) =>
            string.IsNullOrEmpty(wanted) || string.Equals(status, wanted, StringComparison.OrdinalIgnoreCase);

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
