using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace YeastarPartner.Client.Models
{
    /// <summary>O3 Get Order Details. Only basicInformation's leading fields are documented; the other parts are kept raw.</summary>
    public sealed class OrderDetail : ApiObject
    {
        [JsonProperty("basicInformation")] public OrderBasicInfo? BasicInformation { get; set; }
        [JsonProperty("billingInformation")] public JObject? BillingInformation { get; set; }
        [JsonProperty("orderInformation")] public JObject? OrderInformation { get; set; }
        [JsonProperty("orderSummary")] public JToken? OrderSummary { get; set; }
    }

    public sealed class OrderBasicInfo : ApiObject
    {
        [JsonProperty("productId")] public string? ProductId { get; set; }
        [JsonProperty("productName")] public string? ProductName { get; set; }
        [JsonProperty("productNo")] public string? ProductNo { get; set; }
    }
}
