using System;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;

namespace YeastarPartner.Client.Paging
{
    /// <summary>
    /// Consumes an async sequence with a callback. Callers on .NET Framework that must not load
    /// System.Threading.Tasks.Extensions (ValueTask) before their dependencies resolve use this instead of
    /// <c>await foreach</c>: the ValueTask plumbing stays in this assembly.
    /// </summary>
    public static class AsyncSequence
    {
        /// <summary>Calls <paramref name="onItem"/> for each item until it returns false or the sequence ends.</summary>
        public static async Task ForEachAsync<T>(IAsyncEnumerable<T> source, Func<T, bool> onItem, CancellationToken cancellationToken = default)
        {
            if (source == null) throw new ArgumentNullException(nameof(source));
            if (onItem == null) throw new ArgumentNullException(nameof(onItem));
            var items = source.GetAsyncEnumerator(cancellationToken);
            try
            {
                while (await items.MoveNextAsync().ConfigureAwait(false))
                    if (!onItem(items.Current)) return;
            }
            finally
            {
                await items.DisposeAsync().ConfigureAwait(false);
            }
        }
    }
}
