using System;

namespace YeastarPartner.Client.Orders
{
    /// <summary>
    /// Decides when a walk of the order list for the orders since a time may stop early. O2 is asked for
    /// newest first (sort=-id), but the docs do not promise it is honoured: the walk stops early only once the
    /// list has shown itself newest first (a later item older than an earlier one, never the reverse) and a
    /// full page's worth of items in a row were older than the time. Anything else walks to the end.
    /// </summary>
    internal sealed class NewestFirstWalk
    {
        private readonly DateTimeOffset? _since;
        private readonly int _olderRunToStop;
        private DateTimeOffset? _previous;
        private bool _descending, _ascending;
        private int _olderRun;

        /// <param name="since">null: every order is wanted, the walk never stops early.</param>
        /// <param name="pageSize">The page size asked for: how many older items in a row end the walk.</param>
        public NewestFirstWalk(DateTimeOffset? since, int pageSize)
        {
            _since = since;
            _olderRunToStop = Math.Max(1, pageSize);
        }

        /// <summary>True when the item is wanted (created at or after the time, or of unknown time).</summary>
        public bool IsWanted(DateTimeOffset? created) => !_since.HasValue || !created.HasValue || created >= _since;

        /// <summary>Records the next item; true when the walk can stop: nothing later in the list can be wanted.</summary>
        public bool Observe(DateTimeOffset? created)
        {
            if (!_since.HasValue) return false;
            if (created.HasValue && _previous.HasValue)
            {
                if (created < _previous) _descending = true;
                else if (created > _previous) _ascending = true;
            }
            if (created.HasValue) _previous = created;
            _olderRun = created.HasValue && created < _since ? _olderRun + 1 : 0;
            return _descending && !_ascending && _olderRun >= _olderRunToStop;
        }
    }
}
