using System;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Newtonsoft.Json.Linq;
using YeastarPartner.Client.Models;

namespace YeastarPartner.Client.Orders
{
    /// <summary>
    /// Walks O2 page by page, newest first, adding O3 where the device is needed, and hands each match to
    /// the caller as soon as it is known, so memory stays flat however long the order history is.
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

            for (var pageNo = 1; ; pageNo++)
            {
                var page = await _client.GetOrderPageAsync(pageNo, search.PageSize, cancellationToken).ConfigureAwait(false);
                var anyRecentEnough = false;
                foreach (var summary in page.Results)
                {
                    var candidate = new FoundOrder(summary, null);
                    if (search.Since.HasValue && candidate.CreateTime < search.Since) continue;
                    anyRecentEnough = true;
                    if (!MatchesStatus(summary.OrderStatus, search.Status)) continue;
                    if (search.NeedsDetail)
                    {
                        var detail = await _client.GetOrderAsync(summary.OrderNo ?? summary.Id ?? "", cancellationToken).ConfigureAwait(false);
                        candidate = new FoundOrder(summary, detail);
                        if (!Matches(candidate, search)) continue;
                    }
                    if (!onOrder(candidate)) return;
                }
                // O2 is asked for newest first (sort=-id): a page with nothing recent enough ends the search.
                if (page.Results.Count == 0 || pageNo >= page.TotalPage || (search.Since.HasValue && !anyRecentEnough)) return;
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
                CreateTime = info["createTime"]?.Type == JTokenType.Integer ? (long?)info["createTime"] : null,
                CurrencyCode = (string?)info["currencyCode"],
                InvoiceNo = (string?)info["invoiceNo"],
                CustomReferenceNo = (string?)info["customReferenceNo"],
            };
        }
    }
}
