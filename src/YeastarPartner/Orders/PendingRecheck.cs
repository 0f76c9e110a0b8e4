using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using YeastarPartner.Base;
using YeastarPartner.Client;
using YeastarPartner.Client.Errors;
using YeastarPartner.Client.Models;
using YeastarPartner.Client.Orders;

namespace YeastarPartner.Orders
{
    /// <summary>
    /// A key Skipped because of a pending order (awaiting payment in the portal) rests on an order that may
    /// still fail, be cancelled, refunded or become invalid. Before any row, each such order is looked up
    /// again (O3); one that has since bought nothing gets a Failed line (Stage Reconciled) that names it and
    /// its new status, which returns the key to "not bought", so this run buys it. Still pending, succeeded,
    /// of a status the docs do not list, or not readable: the key stays Skipped.
    /// </summary>
    internal static class PendingRecheck
    {
        private const string Pending = "pending";

        /// <summary>O3 look-ups in flight at once, as for the order history.</summary>
        private const int MaxConcurrency = 8;

        /// <summary>The keys the journal holds bought whose last line is a Skipped row resting on a pending order.</summary>
        public static IReadOnlyList<KeyHistory> Candidates(OrderJournal journal) =>
            journal.Keys().Where(k => k.State == DeviceState.Bought && RestsOnPendingOrder(k.LastLine)).ToList();

        private static bool RestsOnPendingOrder(JournalEntry? line) =>
            line != null
            && line.Outcome == nameof(OrderOutcome.Skipped)
            && line.OrderNo.Length > 0
            && string.Equals(line.OrderStatus.Trim(), Pending, StringComparison.OrdinalIgnoreCase);

        public static async Task RunAsync(OrderJournal journal, IReadOnlyList<KeyHistory> keys, YeastarClient client, PipelineWriter writer, CancellationToken cancellationToken)
        {
            writer.WriteVerbose($"Re-checking {keys.Count} journal row(s) skipped because of a pending order: each order is looked up in the Partner Portal.");
            using (var slots = new SemaphoreSlim(MaxConcurrency))
            {
                var checks = keys.Select(async key =>
                {
                    await slots.WaitAsync(cancellationToken).ConfigureAwait(false);
                    try
                    {
                        return (Line: key.LastLine!, Order: await LookUpAsync(client, key.LastLine!, writer, cancellationToken).ConfigureAwait(false));
                    }
                    finally
                    {
                        slots.Release();
                    }
                }).ToList();
                // The journal is appended on this thread, one line at a time, in the journal's order of keys.
                foreach (var (line, order) in await Task.WhenAll(checks).ConfigureAwait(false))
                    if (order != null) Settle(journal, writer, line, order);
            }
        }

        /// <summary>The order as the portal shows it now; null (with a warning) when it cannot be read.</summary>
        private static async Task<FoundOrder?> LookUpAsync(YeastarClient client, JournalEntry line, PipelineWriter writer, CancellationToken cancellationToken)
        {
            try
            {
                var detail = await client.GetOrderAsync(line.OrderNo, cancellationToken).ConfigureAwait(false);
                return new FoundOrder(new OrderSummary { OrderNo = line.OrderNo }, detail);
            }
            catch (YeastarApiException e)
            {
                writer.WriteWarning($"{Name(line)}: skipped because of the pending order {line.OrderNo}, which could not be looked up again ({e.Message}); it stays skipped. Check it with Get-YsOrder -OrderNo {line.OrderNo}.");
                return null;
            }
        }

        private static void Settle(OrderJournal journal, PipelineWriter writer, JournalEntry line, FoundOrder order)
        {
            var status = order.Facts.Status;
            if (order.Facts.CountsAsPurchase)
            {
                writer.WriteVerbose($"{Name(line)}: order {line.OrderNo} is {status ?? "of unknown status"}; the row stays skipped.");
                // Paid since: journaled, so the next run need not look it up again.
                if (status != null && !string.Equals(status, Pending, StringComparison.OrdinalIgnoreCase))
                    journal.Append(line.With(OrderOutcome.Skipped, JournalStage.Reconciled, $"Re-checked: order {line.OrderNo}, pending when the row was skipped, is now {status}.",
                        orderNo: line.OrderNo, orderStatus: status, requestId: line.RequestId));
                return;
            }
            journal.Append(line.With(OrderOutcome.Failed, JournalStage.Reconciled,
                $"Re-checked: order {line.OrderNo}, pending when the row was skipped, is now {status}; it bought nothing, so the row is no longer skipped.",
                orderNo: line.OrderNo, orderStatus: status));
            writer.WriteWarning($"{Name(line)}: the pending order {line.OrderNo} it was skipped for is now {status}; it is no longer skipped, and a row for it in this run is bought.");
        }

        private static string Name(JournalEntry line) =>
            line.DeviceSerialNumber != null ? $"Serial number '{line.DeviceSerialNumber}'" : $"'{line.KeyOrSerialNumber}'";
    }
}
