using System;
using System.Collections.Generic;
using System.Runtime.CompilerServices;
using System.Threading;
using System.Threading.Tasks;
using YeastarPartner.Client.Models;

namespace YeastarPartner.Client.Paging
{
    /// <summary>
    /// Walks a paged list endpoint one page at a time: the next page is requested only when the caller
    /// has consumed the current one, so a caller that stops early (-First) never fetches the rest.
    /// </summary>
    public static class PageStream
    {
        public const int DefaultPageSize = 25;

        /// <param name="fetchPage">Fetches page N (1-based) of the given size.</param>
        /// <param name="skip">Items to leave out at the start; whole pages of them are never fetched.</param>
        public static async IAsyncEnumerable<T> ReadAsync<T>(
            Func<int, int, CancellationToken, Task<Page<T>>> fetchPage,
            int pageSize = DefaultPageSize,
            long skip = 0,
            [EnumeratorCancellation] CancellationToken cancellationToken = default)
        {
            if (pageSize < 1) throw new ArgumentOutOfRangeException(nameof(pageSize), pageSize, "The page size must be 1 or more.");
            if (skip < 0) throw new ArgumentOutOfRangeException(nameof(skip), skip, "Skip must be 0 or more.");

            var pageNo = (int)(skip / pageSize) + 1;
            var skipOnFirstPage = (int)(skip % pageSize);
            while (true)
            {
                var page = await fetchPage(pageNo, pageSize, cancellationToken).ConfigureAwait(false);
                for (var i = skipOnFirstPage; i < page.Results.Count; i++) yield return page.Results[i];
                skipOnFirstPage = 0;
                // totalPage is documented; an empty or short page also ends the walk, so a server that
                // miscounts cannot loop us forever.
                if (page.Results.Count < pageSize || pageNo >= page.TotalPage) yield break;
                pageNo++;
            }
        }
    }
}
