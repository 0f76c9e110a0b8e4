using System;

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
    }
}
