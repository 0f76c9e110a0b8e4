using System;
using YeastarPartner.Client.Http;

namespace YeastarPartner.Orders.Journal
{
    /// <summary>
    /// The clock of a blob journal: how long a lease lasts and how often it is renewed, how often a waiting run
    /// asks again, and the retry budget of each storage request. Tests shorten them; the defaults suit Azure.
    /// </summary>
    internal sealed class BlobJournalTimings
    {
        /// <summary>60 s, Blob Storage's longest finite lease: a holder that dies frees the journal within a minute.</summary>
        public TimeSpan LeaseDuration { get; set; } = TimeSpan.FromSeconds(60);

        /// <summary>A quarter of the lease: three renewals can fail before it runs out.</summary>
        public TimeSpan RenewEvery { get; set; } = TimeSpan.FromSeconds(15);

        /// <summary>How long before the lease would run out a run that could not renew it stops trusting it.</summary>
        public TimeSpan RenewMargin { get; set; } = TimeSpan.FromSeconds(10);

        public TimeSpan WaitPoll { get; set; } = TimeSpan.FromSeconds(1);

        /// <summary>Per attempt; a journal line is a few hundred bytes.</summary>
        public TimeSpan RequestTimeout { get; set; } = TimeSpan.FromSeconds(15);

        /// <summary>The module's backoff (1, 2, 4, 8 s with jitter): about 15 s of trying, inside one lease period.</summary>
        public RetryPolicy Retry { get; set; } = new RetryPolicy(4, TimeSpan.FromSeconds(8));
    }
}
