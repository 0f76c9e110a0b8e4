using Newtonsoft.Json;

namespace YeastarPartner.Client.Models
{
    /// <summary>U6 Country_Info. Name is what U4 takes as country.</summary>
    public sealed class Country : ApiObject
    {
        [JsonProperty("id")] public int Id { get; set; }
        [JsonProperty("code")] public string? Code { get; set; }
        [JsonProperty("name")] public string? Name { get; set; }

        public override string ToString() => Name ?? Code ?? Id.ToString(System.Globalization.CultureInfo.InvariantCulture);
    }
}
