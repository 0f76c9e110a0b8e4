using System;
using System.Threading;

namespace YeastarPartner.Orders.Journal
{
    /// <summary>
    /// Where an order journal lives: a file, or a blob in Azure Storage. A store keeps bytes and one writer at a
    /// time, nothing more; what the bytes mean (encoding, header, lines, folding, Unknown and SettleAfter) is
    /// <see cref="OrderJournal"/>'s, written once for every store. Errors are <see cref="System.IO.IOException"/>s
    /// (or <see cref="UnauthorizedAccessException"/>) whose message says what failed and how to fix it, never a
    /// secret.
    /// </summary>
    internal interface IJournalStore : IDisposable
    {
        /// <summary>How messages name the journal: a full path, or a blob URL without its query.</summary>
        string DisplayName { get; }

        /// <summary>
        /// Makes this command the journal's only writer until <see cref="IDisposable.Dispose"/>, waiting while another
        /// command holds it: a file lock, a blob lease kept renewed. Calls <paramref name="waiting"/> once, with a
        /// sentence saying who holds it where that is known, before the first wait. Throws
        /// <see cref="OperationCanceledException"/> when <paramref name="stop"/> ends the wait. Creates the journal
        /// (empty) when it does not exist yet.
        /// </summary>
        void AcquireWriter(Action<string> waiting, CancellationToken stop);

        /// <summary>Every byte of the journal as stored; empty when it does not exist yet.</summary>
        byte[] ReadAll();

        /// <summary>
        /// Appends <paramref name="bytes"/> at the journal's current end and returns only once they are stored
        /// durably; only while holding the writer. Throws when they are not certainly stored, and from then on
        /// refuses every append (a lost lock or lease is not taken back silently).
        /// </summary>
        void Append(byte[] bytes);
    }
}
