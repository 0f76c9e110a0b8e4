using System;
using System.Collections.Generic;
using System.Linq;

namespace YeastarPartner.Client.Catalog
{
    /// <summary>
    /// The plans of P-Series Appliance Edition (productId 11) as the tutorial publishes them (API reference
    /// section 16). Published IDs may change; the offerings endpoint (P2) is the live source when connected.
    /// </summary>
    public static class AppliancePlans
    {
        public const int ProductId = 11;

        private static readonly IReadOnlyDictionary<string, long> IdsByName = new Dictionary<string, long>(StringComparer.OrdinalIgnoreCase)
        {
            ["Standard"] = 3048558946648207360,
            ["Enterprise"] = 3048560232537899008,
            ["Ultimate"] = 3048560606464323584,
        };

        public static IEnumerable<string> Names => IdsByName.Keys;

        public static bool TryGetId(string name, out long planId) => IdsByName.TryGetValue(name?.Trim() ?? "", out planId);
    }
}
