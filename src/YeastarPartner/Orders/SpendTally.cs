using System.Collections.Generic;
using System.Globalization;
using System.Linq;

namespace YeastarPartner.Orders
{
    /// <summary>
    /// The orders of one command and what they cost, per currency, by the Partner Portal's price before
    /// ordering: what was bought, or under -WhatIf what would be. Rows whose price is unknown are counted
    /// apart, never as 0. Thread-safe: orders finish on other threads.
    /// </summary>
    internal sealed class SpendTally
    {
        private readonly object _lock = new object();
        private readonly SortedDictionary<string, (int Orders, decimal Total)> _byCurrency = new SortedDictionary<string, (int, decimal)>(System.StringComparer.OrdinalIgnoreCase);
        private int _free;
        private int _unpriced;

        public void Add(RowPrice? price)
        {
            lock (_lock)
            {
                if (price == null || !price.IsKnown) _unpriced++;
                else if (price.IsFree) _free++;
                else
                {
                    _byCurrency.TryGetValue(price.Currency!, out var sum);
                    _byCurrency[price.Currency!] = (sum.Orders + 1, sum.Total + price.Amount!.Value);
                }
            }
        }

        public bool IsEmpty
        {
            get { lock (_lock) return _byCurrency.Count == 0 && _free == 0 && _unpriced == 0; }
        }

        /// <summary>The total per currency as "400.00 USD", in currency order.</summary>
        public IReadOnlyList<string> Totals()
        {
            lock (_lock) return _byCurrency.Select(c => RowPrice.Format(c.Value.Total, c.Key)).ToList();
        }

        /// <summary>
        /// One line per currency, e.g. "4 orders, 400.00 USD; 1 order with no known price", after
        /// <paramref name="lead"/>; one line in all when no price is known.
        /// </summary>
        public IReadOnlyList<string> Lines(string lead)
        {
            lock (_lock)
            {
                var unknown = _unpriced > 0 ? $"; {Orders(_unpriced)} with no known price" : "";
                var free = _free > 0 ? $"; {Orders(_free)} free (trial)" : "";
                if (_byCurrency.Count == 0)
                {
                    var kinds = new[] { _unpriced > 0 ? $"{Orders(_unpriced)} with no known price" : null, _free > 0 ? $"{Orders(_free)} free (trial)" : null };
                    return new[] { $"{lead}{Orders(_unpriced + _free)}: {string.Join(", ", kinds.Where(k => k != null))}" };
                }
                return _byCurrency.Select(c => $"{lead}{Orders(c.Value.Orders)}, total {RowPrice.Format(c.Value.Total, c.Key)}{unknown}{free}").ToList();
            }
        }

        /// <summary>
        /// What the summary line adds for what was bought: "total 400.00 USD" (currencies joined by " + "), and
        /// how many bought rows had no known price; nothing when nothing was bought.
        /// </summary>
        public IReadOnlyList<string> SummaryParts()
        {
            lock (_lock)
            {
                var parts = new List<string>();
                if (_byCurrency.Count > 0) parts.Add("total " + string.Join(" + ", _byCurrency.Select(c => RowPrice.Format(c.Value.Total, c.Key))));
                if (_unpriced > 0) parts.Add($"{Orders(_unpriced)} with no known price");
                return parts;
            }
        }

        private static string Orders(int count) => count.ToString(CultureInfo.InvariantCulture) + (count == 1 ? " order" : " orders");
    }
}
