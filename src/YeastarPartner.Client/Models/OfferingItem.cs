using System.Collections.Generic;
using Newtonsoft.Json;

namespace YeastarPartner.Client.Models
{
    /// <summary>
    /// One plan or service of a P2 offering, or the P3-P8 detail of one. <see cref="Id"/> is what an
    /// order's serviceList sends as serviceId; <see cref="PricingId"/> is what P3-P8 take in their path.
    /// </summary>
    public sealed class OfferingItem : ApiObject
    {
        [JsonProperty("planId")] private long? PlanId { set { if (value != null) { Id = value.Value; ServiceType = "plan"; } } get => null; }
        [JsonProperty("serviceId")] private long? ServiceId { set { if (value != null) { Id = value.Value; ServiceType = "service"; } } get => null; }
        [JsonProperty("pricingPlanId")] private string? PricingPlanId { set { if (value != null) PricingId = value; } get => null; }
        [JsonProperty("pricingServiceId")] private string? PricingServiceId { set { if (value != null) PricingId = value; } get => null; }

        /// <summary>The 19-digit plan or service ID (Int64, exact).</summary>
        [JsonIgnore] public long Id { get; set; }
        /// <summary>"plan" or "service", from which ID field the API sent.</summary>
        [JsonIgnore] public string ServiceType { get; set; } = "plan";
        [JsonIgnore] public string? PricingId { get; set; }
        [JsonProperty("name")] public string? Name { get; set; }
        [JsonProperty("purchaseType")] public string? PurchaseType { get; set; }
        [JsonProperty("billingModel")] public string? BillingModel { get; set; }
        [JsonProperty("billingCycle")] public string? BillingCycle { get; set; }
        /// <summary>The multiCycle values the API accepts for this item (inferred field).</summary>
        [JsonProperty("multiCycleList")] public List<int>? MultiCycles { get; set; }
        /// <summary>For a service: the plan it depends on (inferred field).</summary>
        [JsonProperty("connectionPlanId")] public long? ConnectionPlanId { get; set; }
        [JsonProperty("minQuantity")] public int? MinQuantity { get; set; }
        [JsonProperty("maxQuantity")] public int? MaxQuantity { get; set; }
        /// <summary>Set by the client from the query, so items pipe into Get-YsPrice and order cmdlets.</summary>
        [JsonIgnore] public int ProductId { get; set; }
        [JsonIgnore] public string? OfferingId { get; set; }

        public override string ToString() => $"{Name} ({Id})";
    }
}
