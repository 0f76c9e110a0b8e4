using Newtonsoft.Json;

namespace YeastarPartner.Client.Models
{
    /// <summary>R3 Enable Auto-renewal body. productId is a String here, unlike everywhere else (as documented).</summary>
    public sealed class AutoRenewalRequest
    {
        [JsonProperty("productNo")] public string ProductNo { get; set; } = "";
        [JsonProperty("productId")] public string ProductId { get; set; } = "";
        [JsonProperty("planOrServiceId")] public long PlanOrServiceId { get; set; }
    }
}
