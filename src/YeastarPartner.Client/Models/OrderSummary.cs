using Newtonsoft.Json;

namespace YeastarPartner.Client.Models
{
    /// <summary>
    /// O2 Order_Info. The reference lists the string fields below and cuts the rest (inferred: amounts); other
    /// fields are kept in <see cref="ApiObject.Extra"/>.
    /// </summary>
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

        // The amount's name is not documented: the first of these the server sends (docs/portal-assumptions.md).
        [JsonProperty("totalAmount")] private decimal? TotalAmount { get; set; }
        [JsonProperty("amount")] private decimal? AmountField { get; set; }
        [JsonProperty("orderAmount")] private decimal? OrderAmount { get; set; }
        [JsonProperty("payAmount")] private decimal? PayAmount { get; set; }

        /// <summary>What the order cost, in <see cref="CurrencyCode"/>; null when O2 says no amount.</summary>
        [JsonIgnore] public decimal? Amount => TotalAmount ?? AmountField ?? OrderAmount ?? PayAmount;
    }
}
