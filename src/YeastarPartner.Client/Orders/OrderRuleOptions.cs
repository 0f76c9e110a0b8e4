using System;
using System.Collections.Generic;
using System.Linq;

namespace YeastarPartner.Client.Orders
{
    /// <summary>Which inferred rules to skip. Documented rules cannot be relaxed.</summary>
    public sealed class OrderRuleOptions
    {
        private readonly HashSet<string> _relaxed = new HashSet<string>(StringComparer.Ordinal);

        public static OrderRuleOptions Strict => new OrderRuleOptions();

        public IReadOnlyCollection<string> Relaxed => _relaxed;

        /// <summary>Skips the named inferred rules (see <see cref="OrderRule.Inferred"/>).</summary>
        public OrderRuleOptions Relax(params string[] rules)
        {
            foreach (var rule in rules)
            {
                if (!OrderRule.Inferred.Contains(rule))
                    throw new ArgumentException($"'{rule}' is not an inferred rule; only these can be relaxed: {string.Join(", ", OrderRule.Inferred)}.", nameof(rules));
                _relaxed.Add(rule);
            }
            return this;
        }

        public bool Applies(string rule) => !_relaxed.Contains(rule);
    }
}
