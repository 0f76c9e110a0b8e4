using Newtonsoft.Json;

namespace YeastarPartner.Client.Models
{
    /// <summary>
    /// O1 orderPceSpecialRequest (PCEorder_Request). pbxName, regionId and pbxSubDomainId come from the old
    /// PCE tutorial; pbxSubDomain (the host part before the suffix, checked with R6) is inferred.
    /// </summary>
    public sealed class PceSpecialRequest
    {
        [JsonProperty("pbxName", Order = 1)] public string PbxName { get; set; } = "";
        [JsonProperty("regionId", Order = 2)] public string RegionId { get; set; } = "";
        [JsonProperty("pbxSubDomainId", Order = 3)] public string PbxSubDomainId { get; set; } = "";
        [JsonProperty("pbxSubDomain", Order = 4)] public string? PbxSubDomain { get; set; }
    }
}
