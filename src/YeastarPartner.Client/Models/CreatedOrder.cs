using Newtonsoft.Json;

namespace YeastarPartner.Client.Models
{
    /// <summary>O1 result, as in the tutorial's response (API reference section 16).</summary>
    public sealed class CreatedOrder : ApiObject
    {
        [JsonProperty("instanceId")] public string? InstanceId { get; set; }
        [JsonProperty("orderNo")] public string? OrderNo { get; set; }
        [JsonProperty("orderStatus")] public string? OrderStatus { get; set; }
        [JsonProperty("productNo")] public string? ProductNo { get; set; }
        [JsonProperty("transactionNo")] public string? TransactionNo { get; set; }

        /// <summary>The envelope's requestId: what Yeastar support asks for.</summary>
        [JsonIgnore] public string? RequestId { get; set; }
    }
}
