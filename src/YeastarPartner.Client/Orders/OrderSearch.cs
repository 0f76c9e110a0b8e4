using System;
using System.Collections.Generic;

namespace YeastarPartner.Client.Orders
{
    /// <summary>
    /// What <see cref="YeastarClient.FindOrdersAsync"/> looks for. Empty criteria match every order. O2 takes
    /// no filter but paging, so every criterion is applied by the client; <see cref="Since"/> also ends the
    /// walk of the order list early.
    /// </summary>
    public sealed class OrderSearch
    {
        /// <summary>One order by number (or unique ID): answered by O3 alone.</summary>
        public string? OrderNo { get; set; }

        /// <summary>
        /// Orders for these devices only. O2 items carry no serial number, so each candidate costs one O3 call.
        /// </summary>
        public ISet<string>? SerialNumbers { get; set; }

        /// <summary>Orders of these products only; O3 is asked where O2 does not name the product.</summary>
        public ISet<int>? ProductIds { get; set; }

        /// <summary>Orders created at or after this time only.</summary>
        public DateTimeOffset? Since { get; set; }

        /// <summary>Orders created at or before this time only.</summary>
        public DateTimeOffset? Until { get; set; }

        /// <summary>O2 orderStatus values, e.g. succeed or pending (case-insensitive); null or empty for any.</summary>
        public ISet<string>? Statuses { get; set; }

        /// <summary>Every order with its O3 details.</summary>
        public bool Detailed { get; set; }

        /// <summary>Orders per O2 page.</summary>
        public int PageSize { get; set; } = 50;

        /// <summary>O3 look-ups in flight at once.</summary>
        public int MaxConcurrency { get; set; } = 8;

        internal bool NeedsDetail => SerialNumbers != null && SerialNumbers.Count > 0;
    }
}
