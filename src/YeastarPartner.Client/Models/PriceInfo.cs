using System.Collections.Generic;
using Newtonsoft.Json;

namespace YeastarPartner.Client.Models
{
    /// <summary>P9 Price_Info: list prices for an offering's plans and services. Sub-fields are inferred.</summary>
    public sealed class PriceInfo : ApiObject
    {
        [JsonProperty("offeringId")] public string? OfferingId { get; set; }
        [JsonProperty("planList")] public List<PriceItem> PlanList { get; set; } = new List<PriceItem>();
        [JsonProperty("serviceList")] public List<PriceItem> ServiceList { get; set; } = new List<PriceItem>();
    }

    /// <summary>One price line. Money is decimal, never double.</summary>
    public sealed class PriceItem : ApiObject
    {
        [JsonProperty("id")] public long Id { get; set; }
        [JsonProperty("name")] public string? Name { get; set; }
        [JsonProperty("price")] public decimal? Price { get; set; }
        [JsonProperty("currencyCode")] public string? CurrencyCode { get; set; }
        [JsonProperty("billingCycle")] public string? BillingCycle { get; set; }
    }
}
