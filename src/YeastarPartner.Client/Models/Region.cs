using System.Collections.Generic;
using Newtonsoft.Json;

namespace YeastarPartner.Client.Models
{
    /// <summary>R5 Region_Info: where a Cloud Edition PBX can be created, with its domain suffixes.</summary>
    public sealed class Region : ApiObject
    {
        [JsonProperty("id")] public string? Id { get; set; }
        [JsonProperty("name")] public string? Name { get; set; }
        [JsonProperty("region")] public List<RegionDomain> Domains { get; set; } = new List<RegionDomain>();

        public override string ToString() => $"{Name} ({Id})";
    }

    /// <summary>R5 Domain_Info.</summary>
    public sealed class RegionDomain : ApiObject
    {
        [JsonProperty("pbxSubDomainId")] public string? PbxSubDomainId { get; set; }
        [JsonProperty("pbxSubDomain")] public List<string> PbxSubDomains { get; set; } = new List<string>();
    }
}
