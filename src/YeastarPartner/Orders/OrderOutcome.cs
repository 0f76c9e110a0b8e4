namespace YeastarPartner.Orders
{
    /// <summary>What happened to one order row. The journal and the output objects use these names.</summary>
    public enum OrderOutcome
    {
        /// <summary>The API confirmed the order.</summary>
        Succeeded,
        /// <summary>Nothing was bought: the row was refused, before sending or by the API.</summary>
        Failed,
        /// <summary>The order was sent and no reply proves whether it was placed: settle with -Reconcile.</summary>
        Unknown,
        /// <summary>Already bought: the journal shows it, or the Partner Portal holds an order for the device (-SkipOrderedSince).</summary>
        Skipped,
    }

    /// <summary>How a journal line's outcome became known; decides what the line means on a re-run.</summary>
    internal enum JournalStage
    {
        /// <summary>Refused by the checks before sending; says nothing about earlier orders.</summary>
        Checked,
        /// <summary>Written just before the order is sent; still the last line only if the process died.</summary>
        Sending,
        /// <summary>The API's reply (or its absence) for the order sent.</summary>
        Sent,
        /// <summary>Settled by -Reconcile from the Partner Portal's order list.</summary>
        Reconciled,
        /// <summary>Skipped because an earlier line shows the device was bought.</summary>
        Journal,
        /// <summary>Skipped because the Partner Portal holds an order of the row's kind for the device (-SkipOrderedSince).</summary>
        Portal,
    }
}
