using System;
using System.Collections.Generic;
using System.Management.Automation;
using System.Threading;
using YeastarPartner.Client.Paging;

namespace YeastarPartner.Base
{
    public abstract partial class YsCmdlet
    {
        /// <summary>
        /// Writes a paged list as it arrives, honouring -Skip and -First: each object is written while
        /// the next page is still to be fetched, and no page after the -First'th object is requested.
        /// </summary>
        internal void StreamPages<T>(Func<long, CancellationToken, IAsyncEnumerable<T>> read)
        {
            var paging = PagingParameters;
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
    }
}
