using Newtonsoft.Json;

namespace YeastarPartner.Client.Models
{
    /// <summary>O2 Order_Info. The reference lists these fields; the rest was not captured and is ignored.</summary>
    public sealed class OrderSummary : ApiObject
    {
        [JsonProperty("id")] public string? Id { get; set; }
        [JsonProperty("orderNo")] public string? OrderNo { get; set; }
        [JsonProperty("orderStatus")] public string? OrderStatus { get; set; }
        /// <summary>Unit not documented; see <see cref="Catalog.ApiTime"/>.</summary>
        [JsonProperty("createTime")] public long? CreateTime { get; set; }
        [JsonProperty("currencyCode")] public string? CurrencyCode { get; set; }
        [JsonProperty("customReferenceNo")] public string? CustomReferenceNo { get; set; }
        [JsonProperty("invoiceNo")] public string? InvoiceNo { get; set; }
    }
}
