using System;
using Newtonsoft.Json;
using YeastarPartner.Client.Catalog;

namespace YeastarPartner.Client.Models
{
    /// <summary>R7 Code_Info: the activation code of a P-Series Software Edition license.</summary>
    public sealed class ActivationCode : ApiObject
    {
        /// <summary>Set by the client from the query, so codes say which license they belong to and pipe on.</summary>
        [JsonIgnore] public int ProductId { get; set; }
        /// <summary>Set by the client from the query (productNo).</summary>
        [JsonIgnore] public string? SerialNumber { get; set; }
        [JsonProperty("code")] public string? Code { get; set; }
        /// <summary>When the code was generated (generateTime read as epoch milliseconds above 10^12, else seconds; see <see cref="ApiTime"/>).</summary>
        [JsonIgnore] public DateTimeOffset? GenerateTime => ApiTime.FromEpoch(GenerateTimeRaw);
        /// <summary>generateTime as the API sent it, for when its unit is in doubt.</summary>
        [JsonProperty("generateTime")] public long? GenerateTimeRaw { get; set; }

        public override string ToString() => $"{SerialNumber}: {Code}";
    }
}
