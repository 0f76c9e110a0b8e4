using System;
using YeastarPartner.Client;

namespace YeastarPartner.Orders
{
    /// <summary>
    /// When an order with an unknown outcome may be declared "not bought", and how far back its order is
    /// searched. The Partner Portal documents neither how late a request can still be processed nor how its
    /// clock relates to ours: both margins are inferred defaults, kept here and in docs/batch-purchasing.md.
    /// </summary>
    internal static class SettlePolicy
    {
        /// <summary>Added after the last moment the client could still have been waiting for a reply (inferred).</summary>
        public static readonly TimeSpan LateRequestMargin = TimeSpan.FromMinutes(5);

        /// <summary>How much earlier than our Sending line the portal may have stamped the order (inferred).</summary>
        public static readonly TimeSpan ClockSkew = TimeSpan.FromMinutes(15);

        /// <summary>
        /// For the Sending line, which stays the last line only if the process died while waiting: the latest
        /// time any attempt could have been sent and answered (every allowed resend after 429 or 401, each with
        /// its timeout and the longest retry wait), plus the margin.
        /// </summary>
        public static DateTimeOffset AfterSending(DateTimeOffset sending, YeastarClientOptions options)
        {
            var attempts = options.MaxRetry + 2; // the first, MaxRetry resends after 429, one after a 401
            return sending + Multiply(options.Timeout, attempts) + Multiply(options.MaxRetryDelay, options.MaxRetry) + LateRequestMargin;
        }

        /// <summary>
        /// For an order the client gave up on at <paramref name="gaveUp"/>: not before its first attempt's
        /// timeout had passed (a Ctrl+C may stop waiting early), nor before the client stopped waiting, plus the margin.
        /// </summary>
        public static DateTimeOffset AfterUnknown(DateTimeOffset sending, DateTimeOffset gaveUp, YeastarClientOptions options)
        {
            var timedOut = sending + options.Timeout;
            return (timedOut > gaveUp ? timedOut : gaveUp) + LateRequestMargin;
        }

        /// <summary>A line without SettleAfter (a journal of the first release): its time plus the default client's worst case.</summary>
        public static DateTimeOffset Fallback(DateTimeOffset lineTime) => AfterSending(lineTime, new YeastarClientOptions());

        private static TimeSpan Multiply(TimeSpan span, int times) => TimeSpan.FromTicks(span.Ticks * Math.Max(0, times));
    }
}
