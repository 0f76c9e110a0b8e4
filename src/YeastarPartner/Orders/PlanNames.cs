using System;
using System.Collections.Generic;
using System.Linq;
using YeastarPartner.Client.Catalog;
using YeastarPartner.Client.Models;

namespace YeastarPartner.Orders
{
    /// <summary>
    /// -Plan by name: the plans a product offers (P2), or the published Appliance Edition plans when P2
    /// cannot be asked. "Enterprise", "enterprise plan" and "Enterprise Plan" all name the Enterprise Plan.
    /// </summary>
    internal sealed class PlanNames
    {
        private const string PlanSuffix = " Plan";
        private readonly IReadOnlyList<(string Name, long Id)> _plans;

        private PlanNames(IReadOnlyList<(string Name, long Id)> plans) => _plans = plans;

        public IEnumerable<string> Names => _plans.Select(p => p.Name);

        public static PlanNames FromPlans(IEnumerable<OfferingItem> plans) =>
            new PlanNames(plans.Where(p => p.ServiceType == "plan" && !string.IsNullOrWhiteSpace(p.Name)).Select(p => (ShortName(p.Name!), p.Id)).ToList());

        /// <summary>The published plans of <paramref name="productId"/>: only Appliance Edition has them.</summary>
        public static PlanNames Published(int productId) =>
            new PlanNames(productId == AppliancePlans.ProductId
                ? AppliancePlans.Names.Select(n => { AppliancePlans.TryGetId(n, out var id); return (n, id); }).ToList()
                : new List<(string, long)>());

        /// <summary>
        /// These names, then the published ones they lack: a live name wins, and a published Appliance plan
        /// still resolves if the live offering names it differently.
        /// </summary>
        public PlanNames ThenPublished(int productId)
        {
            var published = Published(productId)._plans.Where(p => !_plans.Any(l => string.Equals(l.Name, p.Name, StringComparison.OrdinalIgnoreCase)));
            return new PlanNames(_plans.Concat(published).ToList());
        }

        public bool TryFind(string name, out string canonicalName, out long planId)
        {
            var wanted = ShortName(name.Trim());
            var match = _plans.FirstOrDefault(p => string.Equals(p.Name, wanted, StringComparison.OrdinalIgnoreCase));
            canonicalName = match.Name;
            planId = match.Id;
            return match.Name != null;
        }

        public string? NameOf(long planId) => _plans.FirstOrDefault(p => p.Id == planId).Name;

        /// <summary>"Enterprise Plan" -> "Enterprise": the name a user types and the CSV column holds.</summary>
        public static string ShortName(string planName) =>
            planName.EndsWith(PlanSuffix, StringComparison.OrdinalIgnoreCase) && planName.Length > PlanSuffix.Length
                ? planName.Substring(0, planName.Length - PlanSuffix.Length)
                : planName;
    }
}
