using System;
using System.Collections.Generic;

namespace YeastarPartner.Orders
{
    /// <summary>What an order journal says about one key (one device, or one new product), folded over all its lines.</summary>
    internal enum DeviceState
    {
        /// <summary>No order was sent for it, or the API refused every one.</summary>
        NotBought,
        /// <summary>An order succeeded (or was found by -Reconcile): never buy it again from this journal.</summary>
        Bought,
        /// <summary>An order was sent and its outcome is not known: refuse until -Reconcile settles it.</summary>
        Unknown,
    }

    /// <summary>The journal's lines of one key, folded: its state, its last line, and for an Unknown order when it was sent.</summary>
    internal sealed class KeyHistory
    {
        public DeviceState State { get; private set; } = DeviceState.NotBought;

        /// <summary>The last line that concerns the purchase (a Checked refusal does not replace it).</summary>
        public JournalEntry? LastLine { get; private set; }

        /// <summary>Unknown only: when the first Sending line of the unsettled order was written (the search window starts there).</summary>
        public DateTimeOffset? PendingSince { get; private set; }

        /// <summary>Unknown only: after this time no request of the unsettled order can still land.</summary>
        public DateTimeOffset? SettleAfter { get; private set; }

        /// <summary>A Succeeded line: an order of this module bought the key. Such a key is never "not bought" again.</summary>
        private bool _boughtByOwnOrder;

        /// <summary>The order numbers the key's Skipped lines rest on (the portal's order, or the journal's earlier line).</summary>
        private readonly HashSet<string> _skippedFor = new HashSet<string>(StringComparer.OrdinalIgnoreCase);

        public void Apply(JournalEntry line)
        {
            var before = State;
            State = Next(State, line);
            if (before == DeviceState.Bought && State == DeviceState.NotBought) _skippedFor.Clear();
            if (line.Outcome == nameof(OrderOutcome.Succeeded)) _boughtByOwnOrder = true;
            if (line.Outcome == nameof(OrderOutcome.Skipped)) _skippedFor.Add(line.OrderNo);
            if (State != before || LastLine == null || line.Stage != nameof(JournalStage.Checked)) LastLine = line;
            if (State != DeviceState.Unknown)
            {
                PendingSince = null;
                SettleAfter = null;
                return;
            }
            if (line.Stage == nameof(JournalStage.Sending) && (before != DeviceState.Unknown || PendingSince == null))
                PendingSince = line.TimeValue;
            var settleAfter = line.SettleAfterValue;
            if (settleAfter.HasValue && (!SettleAfter.HasValue || settleAfter > SettleAfter)) SettleAfter = settleAfter;
        }

        private DeviceState Next(DeviceState state, JournalEntry line)
        {
            if (state == DeviceState.Bought) return RestedOnlyOnFailedOrder(line) ? DeviceState.NotBought : state;
            if (line.Outcome == nameof(OrderOutcome.Succeeded) || line.Outcome == nameof(OrderOutcome.Skipped)) return DeviceState.Bought;
            if (line.Outcome == nameof(OrderOutcome.Unknown)) return DeviceState.Unknown;
            // A refusal before sending says nothing about an earlier order; only the API or -Reconcile can clear Unknown.
            var settles = line.Stage == nameof(JournalStage.Sent) || line.Stage == nameof(JournalStage.Reconciled);
            return line.Outcome == nameof(OrderOutcome.Failed) && settles ? DeviceState.NotBought : state;
        }

        /// <summary>
        /// Bought is final, but for one case: every line that made it bought was a Skipped line resting on one
        /// order, and <paramref name="line"/> says that very order bought nothing after all (PendingRecheck: the
        /// pending order failed, was cancelled, refunded or became invalid). A Failed line naming no order, or
        /// another order, never un-buys a key, and nothing un-buys a key this module's own order bought.
        /// </summary>
        private bool RestedOnlyOnFailedOrder(JournalEntry line) =>
            line.Outcome == nameof(OrderOutcome.Failed) && line.Stage == nameof(JournalStage.Reconciled) && line.OrderNo.Length > 0
            && !_boughtByOwnOrder && _skippedFor.Count == 1 && _skippedFor.Contains(line.OrderNo);
    }
}
