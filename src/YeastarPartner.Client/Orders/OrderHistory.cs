using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using YeastarPartner.Client.Models;

namespace YeastarPartner.Client.Orders
{
    /// <summary>How <see cref="YeastarClient.GetOrdersSinceAsync"/> walks the order history.</summary>
    public sealed class OrderHistoryOptions
    {
        /// <summary>Orders per O2 page asked for (the server may serve fewer).</summary>
        public int PageSize { get; set; } = 50;

        /// <summary>O3 look-ups in flight at once.</summary>
        public int MaxConcurrency { get; set; } = 8;

        /// <summary>Called once the order list is read, with the number of orders found since the time.</summary>
        public Action<int>? Listed { get; set; }

        /// <summary>Called after each O3 look-up with (done, to do).</summary>
        public Action<int, int>? LookedUp { get; set; }
    }

    /// <summary>
    /// Every order created since a time, with the device each is for: one walk of O2 (see
    /// <see cref="OrderFinder.ListAsync"/>), then O3 for each order whose O2 item does not already say its
    /// device and kind, at most <see cref="OrderHistoryOptions.MaxConcurrency"/> at a time, each order once.
    /// Orders that bought nothing (failed, cancelled, invalid, refunded) are not looked up. Any failure fails
    /// the whole look-up: a partial history could hide an order.
    /// </summary>
    internal sealed class OrderHistory
    {
        private readonly YeastarClient _client;
        private readonly OrderFinder _finder;

        public OrderHistory(YeastarClient client)
        {
            _client = client;
            _finder = new OrderFinder(client);
        }

        public async Task<IReadOnlyList<FoundOrder>> LoadAsync(DateTimeOffset since, OrderHistoryOptions options, CancellationToken cancellationToken)
        {
            var listed = new List<OrderSummary>();
            var summaries = _finder.ListAsync(since, options.PageSize, cancellationToken).GetAsyncEnumerator(cancellationToken);
            try
            {
                while (await summaries.MoveNextAsync().ConfigureAwait(false)) listed.Add(summaries.Current);
            }
            finally
            {
                await summaries.DisposeAsync().ConfigureAwait(false);
            }
            options.Listed?.Invoke(listed.Count);

            var orders = listed.Select(s => new FoundOrder(s, null)).ToArray();
            var toLookUp = Enumerable.Range(0, orders.Length).Where(i => orders[i].Facts.CountsAsPurchase && NeedsDetail(orders[i])).ToList();
            var done = 0;
            using (var slots = new SemaphoreSlim(Math.Max(1, options.MaxConcurrency)))
            {
                await Task.WhenAll(toLookUp.Select(async i =>
                {
                    await slots.WaitAsync(cancellationToken).ConfigureAwait(false);
                    try
                    {
                        var summary = orders[i].Summary;
                        var detail = await _client.GetOrderAsync(summary.OrderNo ?? summary.Id ?? "", cancellationToken).ConfigureAwait(false);
                        orders[i] = new FoundOrder(summary, detail);
                    }
                    finally
                    {
                        slots.Release();
                    }
                    options.LookedUp?.Invoke(Interlocked.Increment(ref done), toLookUp.Count);
                })).ConfigureAwait(false);
            }
            return orders;
        }

        /// <summary>O3 is needed unless O2's item already names the device and the kind of order.</summary>
        private static bool NeedsDetail(FoundOrder order) =>
            order.SerialNumber == null || (order.Facts.OperationType == null && order.Facts.ItemIds.Count == 0);
    }
}
