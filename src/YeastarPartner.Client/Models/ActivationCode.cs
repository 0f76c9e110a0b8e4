using Newtonsoft.Json;

namespace YeastarPartner.Client.Models
{
    /// <summary>R7 Code_Info: the activation code of a P-Series Software Edition license.</summary>
    public sealed class ActivationCode : ApiObject
    {
        [JsonProperty("code")] public string? Code { get; set; }
        /// <summary>When the code was generated. Unit not documented; see <see cref="Catalog.ApiTime"/>.</summary>
        [JsonProperty("generateTime")] public long? GenerateTime { get; set; }
    }
}
