using System.Collections.Generic;
using System.Linq;
using Newtonsoft.Json;

namespace YeastarPartner.Client.Models
{
    /// <summary>P9 Price_Info: list prices for an offering's plans and services. Sub-fields are inferred.</summary>
    public sealed class PriceInfo : ApiObject
    {
        [JsonProperty("offeringId")] public string? OfferingId { get; set; }
        [JsonProperty("planList")] public List<PriceItem> PlanList { get; set; } = new List<PriceItem>();
        [JsonProperty("serviceList")] public List<PriceItem> ServiceList { get; set; } = new List<PriceItem>();

        /// <summary>
        /// The price line of a plan or service: matched by its 19-digit ID (planId, serviceId or id) or by its
        /// pricing ID (pricingPlanId, pricingServiceId); null when no line names it.
        /// </summary>
        public PriceItem? Find(long itemId, string? pricingId) =>
            PlanList.Concat(ServiceList).FirstOrDefault(line => line.Names(itemId, pricingId));
    }

    /// <summary>
    /// One price line. P9's sub-fields are not documented, so each is read from every name it plausibly has
    /// (docs/portal-assumptions.md): a name missing or unreadable leaves the value unknown (null), never 0.
    /// Money is decimal, never double; whatever else the line holds is kept in <see cref="ApiObject.Extra"/>.
    /// </summary>
    public sealed class PriceItem : ApiObject
    {
        [JsonProperty("id")] public long Id { get; set; }
        [JsonProperty("planId")] public long? PlanId { get; set; }
        [JsonProperty("serviceId")] public long? ServiceId { get; set; }
        [JsonProperty("pricingPlanId")] private string? PricingPlanId { get; set; }
        [JsonProperty("pricingServiceId")] private string? PricingServiceId { get; set; }
        [JsonProperty("name")] public string? Name { get; set; }

        [JsonProperty("price")] private decimal? PriceField { get; set; }
        [JsonProperty("originalPrice")] private decimal? OriginalPrice { get; set; }
        [JsonProperty("unitPrice")] private decimal? UnitPrice { get; set; }
        [JsonProperty("amount")] private decimal? Amount { get; set; }
        [JsonProperty("currencyCode")] private string? CurrencyCodeField { get; set; }
        [JsonProperty("currency")] private string? Currency { get; set; }

        /// <summary>The list price for the queried billing cycle: price, else originalPrice, unitPrice or amount; null when none is readable.</summary>
        [JsonIgnore] public decimal? Price => PriceField ?? OriginalPrice ?? UnitPrice ?? Amount;

        /// <summary>currencyCode, else currency (USD, RMB...).</summary>
        [JsonIgnore] public string? CurrencyCode => string.IsNullOrWhiteSpace(CurrencyCodeField) ? (string.IsNullOrWhiteSpace(Currency) ? null : Currency!.Trim()) : CurrencyCodeField!.Trim();

        /// <summary>The plan's or service's ID, whichever field the line carried it in.</summary>
        [JsonIgnore] public long ItemId => PlanId ?? ServiceId ?? Id;

        /// <summary>The pricing ID (P3-P8's path segment), if the line carries one.</summary>
        [JsonIgnore] public string? PricingId => PricingPlanId ?? PricingServiceId;

        [JsonProperty("billingCycle")] public string? BillingCycle { get; set; }

        internal bool Names(long itemId, string? pricingId) =>
            (itemId != 0 && (PlanId == itemId || ServiceId == itemId || Id == itemId))
            || (!string.IsNullOrEmpty(pricingId) && PricingId == pricingId);

        public override string ToString() => $"{Name} {Price} {CurrencyCode}".Trim();
    }
}
