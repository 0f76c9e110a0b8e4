using System.Collections.Generic;
using Newtonsoft.Json;

namespace YeastarPartner.Client.Models
{
    /// <summary>O1 Create an Order body. Property order is the wire order of the API reference's example.</summary>
    public sealed class OrderRequest
    {
        [JsonProperty("operationType", Order = 1)] public string OperationType { get; set; } = "purchase_plan";
        [JsonProperty("productNo", Order = 2)] public string? ProductNo { get; set; }
        [JsonProperty("productId", Order = 3)] public int ProductId { get; set; }
        /// <summary>A JSON number with 19 digits: Int64 end to end, never a double.</summary>
        [JsonProperty("billingId", Order = 4)] public long? BillingId { get; set; }
        [JsonProperty("poNumber", Order = 5)] public string? PoNumber { get; set; }
        [JsonProperty("partnerId", Order = 6)] public string? PartnerId { get; set; }
        [JsonProperty("assignId", Order = 7)] public string? AssignId { get; set; }
        [JsonProperty("serviceList", Order = 8)] public List<OrderItem> ServiceList { get; set; } = new List<OrderItem>();
        /// <summary>Only for a new P-Series Cloud Edition instance.</summary>
        [JsonProperty("orderPceSpecialRequest", Order = 9)] public PceSpecialRequest? OrderPceSpecialRequest { get; set; }
    }

    /// <summary>One Service_List entry: a plan or a service being ordered.</summary>
    public sealed class OrderItem
    {
        [JsonProperty("serviceId", Order = 1)] public long ServiceId { get; set; }
        [JsonProperty("serviceType", Order = 2)] public string ServiceType { get; set; } = "plan";
        [JsonProperty("purchaseType", Order = 3)] public string PurchaseType { get; set; } = "purchase";
        [JsonProperty("billingModel", Order = 4)] public string? BillingModel { get; set; }
        [JsonProperty("billingCycle", Order = 5)] public string? BillingCycle { get; set; }
        [JsonProperty("multiCycle", Order = 6)] public int MultiCycle { get; set; }
        [JsonProperty("quantity", Order = 7)] public int? Quantity { get; set; }
        [JsonProperty("connectionPlanId", Order = 8)] public long? ConnectionPlanId { get; set; }
    }
}
