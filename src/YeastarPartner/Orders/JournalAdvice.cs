using YeastarPartner.Client.Blob;

namespace YeastarPartner.Orders
{
    /// <summary>What to do about a journal that could no longer be written, for a file and for a blob.</summary>
    internal static class JournalAdvice
    {
        public static string WhenUnwritable(string journalPath) =>
            BlobUrl.LooksLikeUrl(journalPath)
                ? "Check the storage account and whether another run took the journal's lease (the message says which), then run the same command again with the same -JournalPath and -Reconcile: the rows already bought are skipped, and orders whose line could not be stored are settled from the Partner Portal's orders."
                : "Free the disk or the file (close it in Excel), then run the same command again with the same -JournalPath: the rows already bought are skipped.";
    }
}
