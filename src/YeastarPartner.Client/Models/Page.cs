using System.Collections.Generic;
using Newtonsoft.Json;

namespace YeastarPartner.Client.Models
{
    /// <summary>The page object of the list endpoints (API reference section 1). Counts that cannot be read stay 0 (kept in Extra): the walk then ends on an empty page.</summary>
    public sealed class Page<T> : ApiObject
    {
        [JsonProperty("count")] public int Count { get; set; }
        [JsonProperty("pageNo")] public int PageNo { get; set; }
        [JsonProperty("pageSize")] public int PageSize { get; set; }
        [JsonProperty("results")] public List<T> Results { get; set; } = new List<T>();
        [JsonProperty("total")] public int Total { get; set; }
        [JsonProperty("totalPage")] public int TotalPage { get; set; }
    }
}
