using System.Collections.Generic;
using System.Linq;
using YeastarPartner.Orders;

namespace YeastarPartner.Completers
{
    /// <summary>
    /// Tab completion for Get-YsOrder -Status: the order statuses in the module's words (Succeeded, ...);
    /// the Partner Portal's own words (succeed, ...) are accepted too (<see cref="OrderStatusWords"/>).
    /// </summary>
    public sealed class OrderStatusCompleter : FixedValuesCompleter
    {
        private static readonly KeyValuePair<string, string>[] Statuses =
            OrderStatusWords.All.Select(s => Value(s.Word, $"{s.Meaning} (orderStatus {s.Wire})")).ToArray();

        protected override IEnumerable<KeyValuePair<string, string>> Values(string commandName) => Statuses;
    }
}
