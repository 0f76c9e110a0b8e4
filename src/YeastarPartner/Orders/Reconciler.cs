using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using YeastarPartner.Base;
using YeastarPartner.Client;
using YeastarPartner.Client.Orders;

namespace YeastarPartner.Orders
{
    /// <summary>
    /// -Reconcile: looks up, in the Partner Portal's order list, every device whose last journal line is
    /// Unknown, and journals what it finds (Succeeded with the order, or Failed: not bought) before any
    /// order is sent.
    /// </summary>
    internal static class Reconciler
    {
        /// <summary>
        /// How far before the Unknown line's time orders are searched (inferred default): covers clock
        /// differences between this machine and the Partner Portal.
        /// </summary>
        public static readonly TimeSpan ClockMargin = TimeSpan.FromMinutes(5);

        public static async Task SettleAsync(YeastarClient client, OrderJournal journal, PipelineWriter writer, CancellationToken cancellationToken)
        {
            var all = journal.Unsettled();
            // A new product's order carries no serial number to search for: saying "not bought" could buy it twice.
            foreach (var line in all.Where(l => OrderKey.IsNewProduct(l.SerialNumber)))
                writer.WriteWarning($"'{line.SerialNumber}': the order for a new product has an unknown outcome ({line.Time}) and cannot be looked up by serial number; it stays Unknown and is not ordered again. Check Get-YsOrder -Since '{line.Time}', then mark the journal line Succeeded or Failed.");
            var unsettled = all.Where(l => !OrderKey.IsNewProduct(l.SerialNumber)).ToList();
            if (unsettled.Count == 0) return;
            // A line without a readable time means the whole order history is searched.
            var times = unsettled.Select(l => l.TimeValue).ToList();
            DateTimeOffset? since = times.Any(t => !t.HasValue) ? null : times.Min() - ClockMargin;
            var found = new Dictionary<string, FoundOrder>(StringComparer.OrdinalIgnoreCase);
            var search = new OrderSearch
            {
                SerialNumbers = new HashSet<string>(unsettled.Select(l => l.SerialNumber), StringComparer.OrdinalIgnoreCase),
                Since = since,
            };
            writer.WriteVerbose($"Reconciling {unsettled.Count} journal row(s) with unknown outcome against the orders since {since?.ToString("u") ?? "the first"}.");
            await client.FindOrdersAsync(search, order =>
            {
                // Newest first: the first order seen for a device is its latest.
                if (!found.ContainsKey(order.SerialNumber!)) found[order.SerialNumber!] = order;
                return found.Count < unsettled.Count;
            }, cancellationToken).ConfigureAwait(false);

            foreach (var line in unsettled)
            {
                if (found.TryGetValue(line.SerialNumber, out var order))
                {
                    journal.Append(line.With(OrderOutcome.Succeeded, JournalStage.Reconciled,
                        $"Reconciled: order {order.Summary.OrderNo} ({order.Summary.OrderStatus}) was found for this device.", order.Summary.OrderNo, order.Summary.OrderStatus));
                    writer.WriteWarning($"Serial number '{line.SerialNumber}': the order with unknown outcome was placed ({order.Summary.OrderNo}, {order.Summary.OrderStatus}); it is not bought again.");
                }
                else
                {
                    journal.Append(line.With(OrderOutcome.Failed, JournalStage.Reconciled,
                        $"Reconciled: no order for this device since {since?.ToString("u") ?? "the first"}; it was not bought."));
                    writer.WriteWarning($"Serial number '{line.SerialNumber}': no order was found for it since {since?.ToString("u") ?? "the first"}, so it was not bought; this run buys it.");
                }
            }
        }
    }
}
