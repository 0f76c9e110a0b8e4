using System.Collections.Generic;
using Newtonsoft.Json;

namespace YeastarPartner.Client.Models
{
    /// <summary>
    /// P2 Details. Only offeringId, planId, serviceId and purchaseType are confirmed field names; the
    /// list names and the pricing IDs follow the API reference's inferred structure. Fields the
    /// live API adds are kept in <see cref="Extra"/>.
    /// </summary>
    public sealed class Offering : ApiObject
    {
        [JsonProperty("offeringId")] public string? OfferingId { get; set; }
        [JsonProperty("productId")] public int ProductId { get; set; }
        [JsonProperty("productName")] public string? ProductName { get; set; }
        [JsonProperty("planList")] public List<OfferingItem> PlanList { get; set; } = new List<OfferingItem>();
        [JsonProperty("serviceList")] public List<OfferingItem> ServiceList { get; set; } = new List<OfferingItem>();
    }
}
