using System;
using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;
using System.Threading;
using System.Threading.Tasks;
using YeastarPartner.Client.Models;
using YeastarPartner.Client.Paging;

namespace YeastarPartner.Base
{
    public abstract partial class YsCmdlet
    {
        /// <summary>
        /// Writes a paged list as it arrives, honouring -IncludeTotalCount, -Skip and -First: each object is
        /// written while the next page is still to be fetched, and no page after the -First'th object is requested.
        /// </summary>
        /// <param name="readFirstPage">Page 1 of the list at the given size: where -IncludeTotalCount reads the total.</param>
        internal void StreamPages<T>(Func<long, CancellationToken, IAsyncEnumerable<T>> read, Func<int, CancellationToken, Task<Page<T>>> readFirstPage)
        {
            var paging = PagingParameters;
            // One item is enough for the page's total: the count costs one small request, and only when asked for.
            if (paging.IncludeTotalCount) WriteTotalCount(RunAsync(async ct => PageStream.TotalOf(await readFirstPage(1, ct).ConfigureAwait(false))));
            var skip = (long)Math.Min(paging.Skip, long.MaxValue);
            var first = paging.First;
            if (first == 0) return;
            ulong written = 0;
            RunAsync((writer, ct) => AsyncSequence.ForEachAsync(read(skip, ct), item =>
            {
                writer.WriteObject(item!);
                return ++written < first;
            }, ct), StreamBufferLimit);
        }

        /// <summary>A list already in hand (one product, one order): its exact count when asked for, then what -Skip and -First leave.</summary>
        internal void WritePaged<T>(IReadOnlyList<T> items)
        {
            var paging = PagingParameters;
            if (paging.IncludeTotalCount) WriteTotalCount(items.Count);
            foreach (var item in items.Skip((int)Math.Min(paging.Skip, int.MaxValue)).Take((int)Math.Min(paging.First, int.MaxValue)))
                WriteObject(item);
        }

        /// <summary>
        /// -IncludeTotalCount: the number of objects the command would write without -Skip and -First, written
        /// before them, as PowerShell's paging convention has it. Accuracy 1 when the server said the total;
        /// when it did not (null), 0, which PowerShell shows as "Unknown total count".
        /// </summary>
        internal void WriteTotalCount(long? total) =>
            WriteObject(total.HasValue ? PagingParameters.NewTotalCount((ulong)total.Value, 1.0) : PagingParameters.NewTotalCount(0, 0.0));
    }
}
