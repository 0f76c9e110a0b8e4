using System;
using System.Collections.Generic;

namespace YeastarPartner.Client.Orders
{
    /// <summary>What <see cref="YeastarClient.FindOrdersAsync"/> looks for. Empty criteria match every order.</summary>
    public sealed class OrderSearch
    {
        /// <summary>One order by number (or unique ID): answered by O3 alone.</summary>
        public string? OrderNo { get; set; }

        /// <summary>
        /// Orders for these devices only. O2 items carry no serial number, so each candidate costs one O3 call.
        /// </summary>
        public ISet<string>? SerialNumbers { get; set; }

        /// <summary>Orders created at or after this time only.</summary>
        public DateTimeOffset? Since { get; set; }

        /// <summary>O2 orderStatus, e.g. succeed or pending (case-insensitive).</summary>
        public string? Status { get; set; }

        /// <summary>Orders per O2 page.</summary>
        public int PageSize { get; set; } = 50;

        internal bool NeedsDetail => SerialNumbers != null && SerialNumbers.Count > 0;
    }
}
