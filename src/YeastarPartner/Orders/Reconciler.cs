using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using YeastarPartner.Base;
using YeastarPartner.Client.Orders;
using YeastarPartner.Client;

namespace YeastarPartner.Orders
{
    /// <summary>
    /// -Reconcile: before any order is sent, looks up in the Partner Portal's orders every device whose last
    /// journal line is Unknown, and journals what it finds. "Bought" needs an order of the row's own kind
    /// (operation, product, plan or service) created since the row was sent; "not bought" additionally needs
    /// that no late request can still land (<see cref="SettlePolicy"/>). Anything less stays Unknown, with a
    /// message that says what to do.
    /// </summary>
    internal static class Reconciler
    {
        /// <summary>Where the search for the journal's Unknown keys starts; null when none can be searched.</summary>
        public static DateTimeOffset? SearchStart(OrderJournal journal)
        {
            var starts = journal.Unsettled().Where(IsSearchable).Select(k => Since(k)!.Value).ToList();
            return starts.Count == 0 ? (DateTimeOffset?)null : starts.Min();
        }

        public static async Task SettleAsync(OrderJournal journal, PortalOrders portal, PipelineWriter writer, CancellationToken cancellationToken)
        {
            var searchable = new List<KeyHistory>();
            foreach (var key in journal.Unsettled())
            {
                var line = key.LastLine!;
                if (line.DeviceSerialNumber == null)
                    // A new product's order carries no serial number to search for: saying "not bought" could buy it twice.
                    writer.WriteWarning($"'{line.KeyOrSerialNumber}': the order for a new product has an unknown outcome ({line.TimeForMessage}) and cannot be looked up by serial number; it stays Unknown and is not ordered again. Check Get-YsOrder -Since '{Since(key):s}', then mark the journal line Succeeded or Failed.");
                else if (Since(key) == null)
                    writer.WriteWarning($"Serial number '{line.DeviceSerialNumber}': the journal's time of the order with unknown outcome ('{line.Time}') cannot be read, so its order cannot be searched for; it stays Unknown. Correct the Time column (ISO 8601, e.g. 2026-12-02T10:15:00+01:00) or settle the line by hand.");
                else searchable.Add(key);
            }
            var since = SearchStart(journal);
            if (since == null) return;
            writer.WriteVerbose($"Reconciling {searchable.Count} journal row(s) with unknown outcome against the Partner Portal's orders since {MessageTime.Format(since)}.");
            var orders = await portal.SinceAsync(since.Value, writer, cancellationToken).ConfigureAwait(false);
            var bySerialNumber = PortalOrders.PurchasesByDevice(orders);
            writer.WriteVerbose($"Reconcile: {orders.Count} order(s) since {MessageTime.Format(since)}, {bySerialNumber.Count} device(s).");

            var now = DateTimeOffset.Now;
            foreach (var key in searchable) Settle(journal, writer, key, bySerialNumber[key.LastLine!.DeviceSerialNumber!], now);
        }

        private static bool IsSearchable(KeyHistory key) => key.LastLine?.DeviceSerialNumber != null && Since(key) != null;

        private static void Settle(OrderJournal journal, PipelineWriter writer, KeyHistory key, IEnumerable<FoundOrder> deviceOrders, DateTimeOffset now)
        {
            var line = key.LastLine!;
            var serialNumber = line.DeviceSerialNumber!;
            var since = Since(key)!.Value;
            var candidates = deviceOrders.Where(o => !o.CreateTime.HasValue || o.CreateTime >= since).ToList();
            var expectedProduct = int.TryParse(line.ProductId, out var productId) ? productId : (int?)null;
            var expectedItem = long.TryParse(line.ItemId, out var itemId) ? itemId : (long?)null;
            var matches = candidates.Select(o => (Order: o, Match: o.Facts.Compare(expectedProduct, line.Operation, expectedItem))).ToList();

            var same = matches.Where(m => m.Match == OrderMatch.Same).Select(m => m.Order).OrderByDescending(o => o.CreateTime).FirstOrDefault();
            if (same != null)
            {
                journal.Append(line.With(OrderOutcome.Succeeded, JournalStage.Reconciled,
                    $"Reconciled: order {same.Describe()} was found for this device.", same.Summary.OrderNo, same.Summary.OrderStatus));
                writer.WriteWarning($"Serial number '{serialNumber}': the order with unknown outcome was placed ({same.Describe()}); it is not bought again.");
                return;
            }

            var settleAfter = key.SettleAfter ?? SettlePolicy.Fallback(since + SettlePolicy.ClockSkew);
            var unclear = matches.Where(m => m.Match == OrderMatch.Undetermined).Select(m => m.Order).ToList();
            string? stays = null;
            if (unclear.Count > 0)
                stays = $"order(s) {string.Join(", ", unclear.Select(o => o.Describe()))} exist for this device, but the Partner Portal does not say whether they are this {line.Operation} order. Check them with Get-YsOrder -OrderNo <number>, then mark the journal line Succeeded or Failed.";
            else if (now < settleAfter)
                stays = $"no order of this kind was found yet, but a late request could still land until {MessageTime.Format(settleAfter)}. Run the same command with -Reconcile again after {MessageTime.Format(settleAfter)} to settle it.";
            if (stays != null)
            {
                journal.Append(line.With(OrderOutcome.Unknown, JournalStage.Reconciled, "Still unknown: " + stays, settleAfter: settleAfter));
                writer.WriteWarning($"Serial number '{serialNumber}': still unknown, not bought again in this run: {stays}");
                return;
            }

            journal.Append(line.With(OrderOutcome.Failed, JournalStage.Reconciled,
                $"Reconciled: no {line.Operation} order for this device since {MessageTime.Format(since)}; it was not bought."));
            writer.WriteWarning($"Serial number '{serialNumber}': no {line.Operation} order was found for it since {MessageTime.Format(since)}, so it was not bought; this run buys it.");
        }

        /// <summary>Where the search window of a key starts: its Sending line (or its last line), less the clock margin.</summary>
        private static DateTimeOffset? Since(KeyHistory key) => (key.PendingSince ?? key.LastLine?.TimeValue) - SettlePolicy.ClockSkew;
    }
}
