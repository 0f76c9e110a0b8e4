using System.Globalization;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;
using YeastarPartner.Client.Http;
using YeastarPartner.Client.Json;

namespace YeastarPartner.Client.Models
{
    /// <summary>O3 Get Order Details. Only basicInformation's leading fields are documented; the other parts are kept raw.</summary>
    public sealed class OrderDetail : ApiObject
    {
        /// <summary>The names an amount may have in orderInformation (not documented; docs/portal-assumptions.md).</summary>
        private static readonly string[] AmountNames = { "totalAmount", "amount", "orderAmount", "payAmount" };

        [JsonProperty("basicInformation")] public OrderBasicInfo? BasicInformation { get; set; }
        [JsonProperty("billingInformation")] public JObject? BillingInformation { get; set; }
        [JsonProperty("orderInformation")] public JObject? OrderInformation { get; set; }
        [JsonProperty("orderSummary")] public JToken? OrderSummary { get; set; }

        /// <summary>The billing contact's ID (billingInformation billingContactId or billingId), as text: exact.</summary>
        [JsonIgnore] public string? BillingContactId => Text(BillingInformation?["billingContactId"]) ?? Text(BillingInformation?["billingId"]);

        /// <summary>orderInformation's amount, read as decimal from a number or a numeric string; null when absent.</summary>
        [JsonIgnore]
        public decimal? Amount
        {
            get
            {
                foreach (var name in AmountNames)
                    if (OrderInformation?[name] is JToken token && LooseScalar.TryRead(token, typeof(decimal), out var value) && value is decimal amount) return amount;
                return null;
            }
        }

        [JsonIgnore] public string? CurrencyCode => Text(OrderInformation?["currencyCode"]);

        /// <summary>billingInformation as plain values (name/value pairs), for callers that must not see Newtonsoft.Json.</summary>
        [JsonIgnore] public object? BillingValues => JsonValues.FromJson(BillingInformation);

        /// <summary>orderSummary (the plans and services of the order) as plain values.</summary>
        [JsonIgnore] public object? SummaryValues => JsonValues.FromJson(OrderSummary);

        private static string? Text(JToken? token) =>
            token == null || token.Type == JTokenType.Null ? null
            : token.Type == JTokenType.String ? ((string?)token is string s && s.Trim().Length > 0 ? s.Trim() : null)
            : System.Convert.ToString(((JValue)token).Value, CultureInfo.InvariantCulture);
    }

    public sealed class OrderBasicInfo : ApiObject
    {
        [JsonProperty("productId")] public string? ProductId { get; set; }
        [JsonProperty("productName")] public string? ProductName { get; set; }
        [JsonProperty("productNo")] public string? ProductNo { get; set; }
    }
}
