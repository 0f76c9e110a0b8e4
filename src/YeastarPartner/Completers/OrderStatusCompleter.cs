using System.Collections.Generic;

namespace YeastarPartner.Completers
{
    /// <summary>
    /// Tab completion for Get-YsOrder -Status: the orderStatus values the API reference documents for O2.
    /// Completion only, no ValidateSet: the documented list is cut short (a value starting with "con" is
    /// missing), so a status the portal has and this list lacks must still be accepted.
    /// </summary>
    public sealed class OrderStatusCompleter : FixedValuesCompleter
    {
        private static readonly KeyValuePair<string, string>[] Statuses =
        {
            Value("succeed", "The order went through."),
            Value("failed", "The order failed."),
            Value("pending", "The order waits for payment in the Partner Portal."),
            Value("invalid", "The order is invalid."),
            Value("cancelled", "The order was cancelled."),
            Value("refunded", "The order was refunded."),
        };

        protected override IEnumerable<KeyValuePair<string, string>> Values(string commandName) => Statuses;
    }
}
