using System;
using System.Linq;
using System.Management.Automation;
using System.Threading;
using System.Threading.Tasks;
using YeastarPartner.Base;
using YeastarPartner.Client.Orders;
using YeastarPartner.Client;

namespace YeastarPartner.Orders
{
    /// <summary>
    /// -SkipOrderedSince: the Partner Portal as the journal of last resort. The orders created since the time
    /// are read once per command (<see cref="PortalOrders"/>: one walk of the order list, each order's device
    /// looked up once); a row whose device has an order of the row's kind
    /// among them, or one whose kind the portal does not say, is not sent. Orders that bought nothing
    /// (failed, cancelled, invalid, refunded) do not count; pending ones do, since they await payment.
    /// </summary>
    internal sealed class PortalGuard
    {
        private readonly ILookup<string, FoundOrder> _bySerialNumber;

        private PortalGuard(DateTimeOffset since, ILookup<string, FoundOrder> bySerialNumber)
        {
            Since = since;
            _bySerialNumber = bySerialNumber;
        }

        public DateTimeOffset Since { get; }

        public static async Task<PortalGuard> LoadAsync(PortalOrders portal, DateTimeOffset since, PipelineWriter writer, CancellationToken cancellationToken)
        {
            var orders = await portal.SinceAsync(since, writer, cancellationToken).ConfigureAwait(false);
            var counted = PortalOrders.PurchasesByDevice(orders);
            writer.WriteVerbose($"-SkipOrderedSince {MessageTime.Format(since)}: {orders.Count} order(s) in the Partner Portal, for {counted.Count} device(s); a row for one of them with an order of its kind is not sent.");
            return new PortalGuard(since, counted);
        }

        /// <summary>The order that makes the row already bought: the newest of its kind (or of unknown kind) for its device; null when there is none.</summary>
        public FoundOrder? OrderFor(OrderRow row)
        {
            if (row.SerialNumber == null) return null;
            var (productId, operationType, itemId) = row.Kind;
            return _bySerialNumber[row.SerialNumber]
                .Where(o => o.Facts.Compare(productId, operationType, itemId) != OrderMatch.Different)
                .OrderByDescending(o => o.CreateTime ?? DateTimeOffset.MaxValue)
                .FirstOrDefault();
        }

        /// <summary>
        /// True when the row may be sent. Otherwise the row is journaled and output as Skipped, with a warning
        /// that names it and the order found. A new product has no serial number to look for: it may be sent,
        /// and a warning says that only the journal guards it.
        /// </summary>
        public bool Admit(OrderRow row, long rowNumber, OrderBatch batch, PSCmdlet cmdlet)
        {
            if (row.SerialNumber == null)
            {
                cmdlet.WriteWarning($"Row {rowNumber} ({row.Label}): -SkipOrderedSince cannot check a new product (its orders name no serial number yet); only -JournalPath guards it against a second purchase. Check {row.FindCommand(Since + SettlePolicy.ClockSkew)} before running it again without the journal.");
                return true;
            }
            var order = OrderFor(row);
            if (order == null) return true;
            var kind = order.Facts.Compare(row.Kind.ProductId, row.Kind.OperationType, row.Kind.ItemId) == OrderMatch.Same ? $"a {row.Kind.OperationType} order" : "an order whose kind the Partner Portal does not state";
            var found = new JournalEntry
            {
                OrderNo = order.Summary.OrderNo ?? order.Summary.Id ?? "",
                OrderStatus = order.Facts.Status ?? "",
                Time = order.CreateTime.HasValue ? JournalEntry.FormatTime(order.CreateTime.Value) : "",
            };
            batch.Skip(row, found,
                $"Row {rowNumber} ({row.Label}): skipped, the Partner Portal holds {kind} for this device since {MessageTime.Format(Since)}: {order.Describe()}.",
                JournalStage.Portal, $"Skipped: -SkipOrderedSince found {kind}: {order.Describe()}.");
            return false;
        }
    }
}
