using System;
using System.Collections.Generic;
using System.Runtime.CompilerServices;
using System.Security.Cryptography;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using YeastarPartner.Client.Errors;
using YeastarPartner.Client.Http;
using YeastarPartner.Client.Models;

namespace YeastarPartner.Client.Paging
{
    /// <summary>
    /// Walks a paged list endpoint one page at a time: the next page is requested only when the caller
    /// has consumed the current one, so a caller that stops early (-First) never fetches the rest.
    /// </summary>
    /// <remarks>
    /// The walk ends on what the server says (the list is done by its total or totalPage, or a page is
    /// empty), never on the page size asked for: a server may serve fewer items per page than asked, silently
    /// (no maximum pageSize is documented). Page 1 is always read, since it shows the size the server really
    /// serves; the walk then asks for that size, so every later page starts where the last one ended, and a
    /// -Skip beyond page 1 jumps straight to the page that holds it. A server that sends the same page again
    /// (it ignores pageNo) or keeps announcing more after <see cref="MaxPages"/> pages ends the walk with an
    /// <see cref="ApiErrorKind.InvalidResponse"/> error after everything read so far: a listing never loops
    /// forever, and never stops short without saying so.
    /// </remarks>
    public static class PageStream
    {
        public const int DefaultPageSize = 25;

        /// <summary>The most pages one walk reads (250,000 items at the default size) before it reports a server that never ends.</summary>
        public const int MaxPages = 10_000;

        /// <param name="path">The endpoint, for the error a looping server gets.</param>
        /// <param name="fetchPage">Fetches page N (1-based) of the given size.</param>
        /// <param name="skip">Items to leave out at the start; whole pages of them after page 1 are never fetched.</param>
        /// <param name="maxPages">The most pages read before the walk reports a server that never ends.</param>
        public static async IAsyncEnumerable<T> ReadAsync<T>(
            string path,
            Func<int, int, CancellationToken, Task<Page<T>>> fetchPage,
            int pageSize = DefaultPageSize,
            long skip = 0,
            [EnumeratorCancellation] CancellationToken cancellationToken = default,
            int maxPages = MaxPages)
        {
            if (fetchPage == null) throw new ArgumentNullException(nameof(fetchPage));
            if (pageSize < 1) throw new ArgumentOutOfRangeException(nameof(pageSize), pageSize, "The page size must be 1 or more.");
            if (maxPages < 1) throw new ArgumentOutOfRangeException(nameof(maxPages), maxPages, "At least one page must be allowed.");
            if (skip < 0) throw new ArgumentOutOfRangeException(nameof(skip), skip, "Skip must be 0 or more.");

            var size = pageSize;
            var pageNo = 1;
            long start = 0; // index in the whole list of the first item of the page asked for
            var seen = new HashSet<string>(StringComparer.Ordinal);
            for (var pagesRead = 1; ; pagesRead++)
            {
                var page = await fetchPage(pageNo, size, cancellationToken).ConfigureAwait(false);
                var items = page.Results;
                if (items.Count == 0) yield break;
                if (!seen.Add(Fingerprint(items)))
                    throw NeverEnds(path, $"page {pageNo} repeated a page read before (the server seems to ignore pageNo)", start);

                var end = start + items.Count;
                // Page 1 short of the size asked while more remain: the server caps the page size. Ask for what it serves.
                if (pagesRead == 1 && items.Count < size && AnnouncesMore(page, pageNo, end)) size = items.Count;

                for (var i = 0; i < items.Count; i++)
                    if (start + i >= skip) yield return items[i];

                if (!AnnouncesMore(page, pageNo, end)) yield break;
                if (pagesRead >= maxPages)
                    throw NeverEnds(path, $"it still announced more after {maxPages} pages", end);

                start = end;
                pageNo++;
                if (skip > start)
                {
                    // Jump over whole pages of skipped items, at the size the server serves.
                    pageNo = (int)Math.Min(int.MaxValue, skip / size + 1);
                    start = (long)(pageNo - 1) * size;
                }
            }
        }

        /// <summary>
        /// How many items the whole list holds, as page 1 says it: its total (or count), 0 when page 1 is empty;
        /// null when the page says neither, or says fewer items than it holds (a total that cannot be right).
        /// </summary>
        public static long? TotalOf<T>(Page<T> page)
        {
            if (page == null) throw new ArgumentNullException(nameof(page));
            long total = Math.Max(page.Total, page.Count);
            if (total > 0) return total >= page.Results.Count ? total : (long?)null;
            return page.Results.Count == 0 ? 0 : (long?)null;
        }

        /// <summary>What a page holds, hashed: equal pages have equal fingerprints.</summary>
        private static string Fingerprint<T>(List<T> items)
        {
            using (var sha = SHA256.Create())
                return Convert.ToBase64String(sha.ComputeHash(Encoding.UTF8.GetBytes(JsonParsing.Serialize(items))));
        }

        /// <summary>
        /// Whether the server says items follow the ones up to <paramref name="end"/>: its total (or count)
        /// is larger, or its totalPage is. When it gives neither, only an empty page ends the list; when it
        /// has sent more items than its own total, the total is wrong and, again, only an empty page ends it.
        /// </summary>
        private static bool AnnouncesMore<T>(Page<T> page, int pageNo, long end)
        {
            var total = Math.Max(page.Total, page.Count);
            if (total <= 0 && page.TotalPage <= 0) return true;
            return end < total || pageNo < page.TotalPage || (total > 0 && end > total);
        }

        private static YeastarApiException NeverEnds(string path, string why, long itemsRead) =>
            new YeastarApiException(ApiErrorKind.InvalidResponse, "GET", path,
                $"GET {path} stopped after {itemsRead} items: {why}. The list may be incomplete; run again, and tell Yeastar support if it persists.");
    }
}
