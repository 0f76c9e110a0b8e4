using Newtonsoft.Json;

namespace YeastarPartner.Client.Models
{
    /// <summary>P1: a product the account may buy.</summary>
    public sealed class AvailableProduct : ApiObject
    {
        [JsonProperty("productId")] public int ProductId { get; set; }
        [JsonProperty("name")] public string? Name { get; set; }

        public override string ToString() => $"{Name} ({ProductId})";
    }
}
