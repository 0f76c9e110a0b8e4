using YeastarPartner.Client.Models;

namespace YeastarPartner.Orders
{
    /// <summary>
    /// A validated order row that <see cref="OrderBatch"/> can journal, send and report. Each order cmdlet
    /// (plan, service, renew, ...) supplies its own row type.
    /// </summary>
    internal interface IOrderRow
    {
        /// <summary>The device the order is for: the journal's key, so one device is bought once per journal.</summary>
        string SerialNumber { get; }

        /// <summary>The row's journal fields, without outcome.</summary>
        JournalEntry ToJournalEntry();

        OrderRequest ToOrderRequest();

        /// <summary>The output object for a Succeeded or Skipped row (<paramref name="earlier"/>: the journal line that made it Skipped).</summary>
        object ToOutput(OrderOutcome outcome, CreatedOrder? created, JournalEntry? earlier);
    }
}
