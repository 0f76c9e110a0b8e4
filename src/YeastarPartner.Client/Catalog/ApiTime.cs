using System;
using System.Globalization;

namespace YeastarPartner.Client.Catalog
{
    /// <summary>
    /// The docs do not state the unit of createTime (inferred, API reference section 10): a value above
    /// 10^12 is taken as epoch milliseconds, anything smaller as epoch seconds.
    /// </summary>
    public static class ApiTime
    {
        public static DateTimeOffset? FromEpoch(long? value)
        {
            if (!value.HasValue) return null;
            return value.Value > 1_000_000_000_000L
                ? DateTimeOffset.FromUnixTimeMilliseconds(value.Value)
                : DateTimeOffset.FromUnixTimeSeconds(value.Value);
        }

        /// <summary>
        /// A date field whose format the docs do not give (expireDate): an ISO 8601 date or date and time, or
        /// epoch time as digits. Local time for an instant; the calendar date as sent for a plain date.
        /// </summary>
        public static DateTime? ParseDate(string? text)
        {
            if (string.IsNullOrWhiteSpace(text)) return null;
            text = text!.Trim();
            if (long.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var epoch)) return FromEpoch(epoch)!.Value.LocalDateTime;
            if (DateTime.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)) return date;
            if (DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var instant)) return instant.LocalDateTime;
            return null;
        }
    }
}
