using System;

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

        public void Apply(JournalEntry line)
        {
            var before = State;
            State = Next(State, line);
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

        private static DeviceState Next(DeviceState state, JournalEntry line)
        {
            // Bought is final, but for a failure found by looking the order up again (PendingRecheck: the pending order it rested on bought nothing).
            if (state == DeviceState.Bought) return line.Outcome == nameof(OrderOutcome.Failed) && line.Stage == nameof(JournalStage.Reconciled) ? DeviceState.NotBought : state;
            if (line.Outcome == nameof(OrderOutcome.Succeeded) || line.Outcome == nameof(OrderOutcome.Skipped)) return DeviceState.Bought;
            if (line.Outcome == nameof(OrderOutcome.Unknown)) return DeviceState.Unknown;
            // A refusal before sending says nothing about an earlier order; only the API or -Reconcile can clear Unknown.
            var settles = line.Stage == nameof(JournalStage.Sent) || line.Stage == nameof(JournalStage.Reconciled);
            return line.Outcome == nameof(OrderOutcome.Failed) && settles ? DeviceState.NotBought : state;
        }
    }
}
