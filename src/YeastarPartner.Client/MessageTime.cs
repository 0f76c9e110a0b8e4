using System;
using System.Globalization;

namespace YeastarPartner.Client
{
    /// <summary>
    /// The one way messages (errors, warnings, verbose lines, progress) write a time: ISO 8601 in local time
    /// with its offset, to the second (2026-12-06T10:15:00+01:00). The same in every culture, readable, and what
    /// -Since and -SkipOrderedSince accept back.
    /// </summary>
    public static class MessageTime
    {
        public static string Format(DateTimeOffset time) => time.ToLocalTime().ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture);

        public static string Format(DateTimeOffset? time) => time.HasValue ? Format(time.Value) : "";

        public static string Format(DateTime time) => Format(new DateTimeOffset(time));
    }
}
