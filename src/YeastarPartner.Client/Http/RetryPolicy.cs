using System;
using System.Globalization;

namespace YeastarPartner.Client.Http
{
    /// <summary>How long to wait before retry number <c>attempt</c> (0-based): capped exponential backoff with jitter.</summary>
    internal sealed class RetryPolicy
    {
        private static readonly TimeSpan BaseDelay = TimeSpan.FromSeconds(1);
        private readonly Random _random;
        private readonly object _randomLock = new object();

        public RetryPolicy(int maxRetry, TimeSpan maxDelay, Random? random = null)
        {
            MaxRetry = maxRetry;
            MaxDelay = maxDelay;
            _random = random ?? new Random();
        }

        public int MaxRetry { get; }
        public TimeSpan MaxDelay { get; }

        /// <summary>The server's Retry-After wins when given (capped); otherwise 1 s, 2 s, 4 s ... with "full jitter" above half.</summary>
        public TimeSpan Delay(int attempt, TimeSpan? retryAfter)
        {
            if (retryAfter.HasValue)
                return Cap(retryAfter.Value < TimeSpan.Zero ? TimeSpan.Zero : retryAfter.Value);
            var exponential = TimeSpan.FromTicks(BaseDelay.Ticks * (1L << Math.Min(attempt, 16)));
            double jitter;
            lock (_randomLock) jitter = 0.5 + _random.NextDouble() / 2;
            return Cap(TimeSpan.FromTicks((long)(Math.Min(exponential.Ticks, MaxDelay.Ticks) * jitter)));
        }

        private TimeSpan Cap(TimeSpan delay) => delay > MaxDelay ? MaxDelay : delay;

        /// <summary>Retry-After as delta-seconds or as an HTTP date (RFC 9110 section 10.2.3); null when absent or unreadable.</summary>
        public static TimeSpan? ParseRetryAfter(string? value, DateTimeOffset now)
        {
            if (string.IsNullOrWhiteSpace(value)) return null;
            value = value!.Trim();
            if (long.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var seconds))
                return TimeSpan.FromSeconds(Math.Min(seconds, int.MaxValue));
            if (DateTimeOffset.TryParseExact(value, "r", CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var date)
                || DateTimeOffset.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out date))
            {
                var wait = date - now;
                return wait > TimeSpan.Zero ? wait : TimeSpan.Zero;
            }
            return null;
        }
    }
}
