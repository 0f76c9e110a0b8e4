using System;
using YeastarPartner.Client.Models;

namespace YeastarPartner.Orders
{
    /// <summary>
    /// A validated order row that <see cref="OrderBatch"/> can journal, send and report. Each order cmdlet
    /// (plan, service, renew, ...) supplies its own row type.
    /// </summary>
    internal interface IOrderRow
    {
        /// <summary>The journal key (<see cref="OrderKey"/>): one order per key per journal.</summary>
        string Key { get; }

        /// <summary>The device the order is for, trimmed and upper case; null for a new product.</summary>
        string? SerialNumber { get; }

        /// <summary>How messages name the row: "serial number '...'" or "new product 13 'Contoso PBX'".</summary>
        string Label { get; }

        /// <summary>What the row orders, to tell its orders from others of the same device: product, operationType, plan or service ID.</summary>
        (int ProductId, string OperationType, long ItemId) Kind { get; }

        /// <summary>A command that lists this row's order in the Partner Portal, for an order sent at <paramref name="sent"/>.</summary>
        string FindCommand(DateTimeOffset? sent);

        /// <summary>The row's journal fields, without outcome.</summary>
        JournalEntry ToJournalEntry();

        OrderRequest ToOrderRequest();

        /// <summary>The output object for a Succeeded or Skipped row (<paramref name="earlier"/>: the journal line that made it Skipped).</summary>
        object ToOutput(OrderOutcome outcome, CreatedOrder? created, JournalEntry? earlier);
    }
}
