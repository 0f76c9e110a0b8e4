using System.Collections.Generic;
using Newtonsoft.Json;

namespace YeastarPartner.Client.Models
{
    /// <summary>The page object of the list endpoints (API reference section 1).</summary>
    public sealed class Page<T>
    {
        [JsonProperty("count")] public int Count { get; set; }
        [JsonProperty("pageNo")] public int PageNo { get; set; }
        [JsonProperty("pageSize")] public int PageSize { get; set; }
        [JsonProperty("results")] public List<T> Results { get; set; } = new List<T>();
        [JsonProperty("total")] public int Total { get; set; }
        [JsonProperty("totalPage")] public int TotalPage { get; set; }
    }
}
