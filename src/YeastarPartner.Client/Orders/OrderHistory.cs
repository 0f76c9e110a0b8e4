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

        /// <summary>Called once the order list is read, with the number of orders found since the time (look-ups may still run).</summary>
        public Action<int>? Listed { get; set; }

        /// <summary>Called after each O3 look-up with (done, to do so far); from any thread.</summary>
        public Action<int, int>? LookedUp { get; set; }
    }

    /// <summary>
    /// Every order created since a time, with the device each is for: one walk of O2 (see
    /// <see cref="OrderFinder.ListAsync"/>), and O3 for each order whose O2 item does not already say its
    /// device and kind, at most <see cref="OrderHistoryOptions.MaxConcurrency"/> at a time, each order once,
    /// started while the walk goes on.
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
            // Look-ups start as the list arrives, so the walk of O2 and the O3 calls overlap; the first failure
            // cancels the rest, and is the one reported (never the cancellations it caused).
            var firstFailure = new FirstFailure();
            using (var failed = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken))
            using (var slots = new SemaphoreSlim(Math.Max(1, options.MaxConcurrency)))
            {
                var orders = new List<Task<FoundOrder>>();
                var toLookUp = 0;
                var done = 0;
                async Task<FoundOrder> LookUpAsync(OrderSummary summary)
                {
                    await slots.WaitAsync(failed.Token).ConfigureAwait(false);
                    var orderNo = summary.OrderNo ?? summary.Id ?? "";
                    try
                    {
                        var detail = await _client.GetOrderAsync(orderNo, failed.Token).ConfigureAwait(false);
                        options.LookedUp?.Invoke(Interlocked.Increment(ref done), Volatile.Read(ref toLookUp));
                        return new FoundOrder(summary, detail);
                    }
                    catch (Exception e)
                    {
                        firstFailure.Record(FirstFailure.LookUpFailed(orderNo, e));
                        failed.Cancel();
                        throw;
                    }
                    finally
                    {
                        slots.Release();
                    }
                }

                var summaries = _finder.ListAsync(since, options.PageSize, failed.Token).GetAsyncEnumerator(failed.Token);
                try
                {
                    while (await summaries.MoveNextAsync().ConfigureAwait(false))
                    {
                        var listed = new FoundOrder(summaries.Current, null);
                        if (!listed.Facts.CountsAsPurchase || !NeedsDetail(listed))
                        {
                            orders.Add(Task.FromResult(listed));
                            continue;
                        }
                        Interlocked.Increment(ref toLookUp);
                        orders.Add(LookUpAsync(listed.Summary));
                    }
                }
                catch (Exception e)
                {
                    firstFailure.Record(e);
                    failed.Cancel();
                    await Task.WhenAll(orders.Select(o => o.ContinueWith(_ => { }, TaskScheduler.Default))).ConfigureAwait(false);
                    // A look-up that failed while the list was read cancelled the walk: report the look-up.
                    if (!cancellationToken.IsCancellationRequested) firstFailure.ThrowIfAny();
                    throw;
                }
                finally
                {
                    await summaries.DisposeAsync().ConfigureAwait(false);
                }
                options.Listed?.Invoke(orders.Count);
                try
                {
                    return await Task.WhenAll(orders).ConfigureAwait(false);
                }
                catch (Exception) when (!cancellationToken.IsCancellationRequested)
                {
                    // A look-up failed and cancelled the others: report the failure, not the cancellations.
                    firstFailure.ThrowIfAny();
                    throw;
                }
            }
        }

        /// <summary>O3 is needed unless O2's item already names the device and the kind of order.</summary>
        private static bool NeedsDetail(FoundOrder order) =>
            order.SerialNumber == null || (order.Facts.OperationType == null && order.Facts.ItemIds.Count == 0);
    }
}
