namespace YeastarPartner.Orders
{
    /// <summary>What an order journal says about one device, folded over all its lines.</summary>
    internal enum DeviceState
    {
        /// <summary>No order was sent for it, or the API refused every one.</summary>
        NotBought,
        /// <summary>An order succeeded (or was found by -Reconcile): never buy it again from this journal.</summary>
        Bought,
        /// <summary>An order was sent and its outcome is not known: refuse until -Reconcile settles it.</summary>
        Unknown,
    }

    internal static class DeviceStates
    {
        /// <summary>The state after one more journal line.</summary>
        public static DeviceState Apply(DeviceState state, JournalEntry line)
        {
            if (state == DeviceState.Bought) return state;
            if (line.Outcome == nameof(OrderOutcome.Succeeded) || line.Outcome == nameof(OrderOutcome.Skipped)) return DeviceState.Bought;
            if (line.Outcome == nameof(OrderOutcome.Unknown)) return DeviceState.Unknown;
            // A refusal before sending says nothing about an earlier order; only the API or -Reconcile can clear Unknown.
            var settles = line.Stage == nameof(JournalStage.Sent) || line.Stage == nameof(JournalStage.Reconciled);
            return line.Outcome == nameof(OrderOutcome.Failed) && settles ? DeviceState.NotBought : state;
        }
    }
}
