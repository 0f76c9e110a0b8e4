using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using Newtonsoft.Json.Linq;
using YeastarPartner.Client.Models;

namespace YeastarPartner.Client.Orders
{
    /// <summary>
    /// What an order says about itself, read loosely from O2's item and O3's detail. The docs capture only
    /// the first fields of both (O3 basicInformation: productId, productName, productNo); operationType and the
    /// plan or service IDs are looked for where a server would plausibly put them, and stay unknown (null,
    /// empty) when absent. Nothing here is trusted beyond "present and equal" or "present and different".
    /// </summary>
    public sealed class OrderFacts
    {
        /// <summary>Statuses of an order that bought nothing (API reference section 7, O2).</summary>
        private static readonly HashSet<string> NotPurchased = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { "failed", "cancelled", "canceled", "invalid", "refunded" };

        /// <summary>Property names under which a plan or service ID may appear in an order's summary.</summary>
        private static readonly HashSet<string> ItemIdNames = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { "serviceId", "planId", "planOrServiceId", "itemId" };

        private OrderFacts() { }

        /// <summary>The device, trimmed and upper case; null when neither O2 nor O3 named one.</summary>
        public string? SerialNumber { get; private set; }
        public int? ProductId { get; private set; }
        /// <summary>The O1 operationType, e.g. renew_plan, when the server reports it.</summary>
        public string? OperationType { get; private set; }
        /// <summary>The plan and service IDs the order lists; empty when the server lists none.</summary>
        public IReadOnlyCollection<long> ItemIds { get; private set; } = Array.Empty<long>();
        public string? Status { get; private set; }

        /// <summary>Pending and succeeded orders, and statuses the docs do not list, count as a purchase; failed, cancelled, invalid and refunded ones do not.</summary>
        public bool CountsAsPurchase => Status == null || !NotPurchased.Contains(Status.Trim());

        public static OrderFacts Read(OrderSummary summary, OrderDetail? detail)
        {
            var extra = summary.ExtensionData;
            var basic = detail?.BasicInformation;
            var info = detail?.OrderInformation;
            var serialNumber = Text(basic?.ProductNo) ?? Text(Value(extra, "productNo"));
            return new OrderFacts
            {
                SerialNumber = serialNumber == null ? null : SerialNumbers.Normalize(serialNumber),
                ProductId = Integer(basic?.ProductId) ?? Integer(Value(extra, "productId")),
                OperationType = Text(Value(info, "operationType")) ?? Text(Value(extra, "operationType")),
                ItemIds = ItemIdsIn(detail?.OrderSummary).Concat(ItemIdsIn(Value(extra, "serviceList"))).Distinct().ToList(),
                Status = Text(summary.OrderStatus) ?? Text(Value(info, "orderStatus")),
            };
        }

        /// <summary>
        /// Whether this order is the kind of order expected (null expectations are not compared). Different as
        /// soon as a fact both sides know differs; the same only if the operation or the plan/service ID
        /// positively matches; otherwise the server did not say enough to tell.
        /// </summary>
        public OrderMatch Compare(int? productId, string? operationType, long? itemId)
        {
            if (productId.HasValue && ProductId.HasValue && productId != ProductId) return OrderMatch.Different;
            var operationKnown = !string.IsNullOrEmpty(operationType) && OperationType != null;
            if (operationKnown && !string.Equals(operationType, OperationType, StringComparison.OrdinalIgnoreCase)) return OrderMatch.Different;
            var itemKnown = itemId.HasValue && ItemIds.Count > 0;
            if (itemKnown && !ItemIds.Contains(itemId!.Value)) return OrderMatch.Different;
            return operationKnown || itemKnown ? OrderMatch.Same : OrderMatch.Undetermined;
        }

        /// <summary>How an order is described in messages.</summary>
        public string Describe(string? orderNo, DateTimeOffset? created) =>
            $"{orderNo ?? "?"} ({Status ?? "status unknown"}{(created.HasValue ? ", created " + MessageTime.Format(created.Value) : "")}{(OperationType != null ? ", " + OperationType : "")})";

        private static JToken? Value(IDictionary<string, JToken>? values, string name) =>
            values != null && values.TryGetValue(name, out var value) ? value : null;

        private static JToken? Value(JObject? values, string name) => values?.GetValue(name, StringComparison.OrdinalIgnoreCase);

        private static string? Text(JToken? token) =>
            token == null || token.Type == JTokenType.Null || token is JContainer ? null : Text(token.ToString());

        private static string? Text(string? text) => string.IsNullOrWhiteSpace(text) ? null : text!.Trim();

        private static int? Integer(JToken? token) => Integer(Text(token));

        private static int? Integer(string? text) =>
            int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) ? value : (int?)null;

        private static IEnumerable<long> ItemIdsIn(JToken? token)
        {
            if (!(token is JContainer container)) yield break;
            foreach (var property in container.Descendants().OfType<JProperty>())
            {
                if (!ItemIdNames.Contains(property.Name)) continue;
                // 19-digit IDs arrive as JSON integers or strings; never through a double.
                var text = property.Value.Type == JTokenType.Integer || property.Value.Type == JTokenType.String ? property.Value.ToString() : null;
                if (long.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var id) && id > 0) yield return id;
            }
        }
    }

    /// <summary>Whether a found order is the kind of order a row places.</summary>
    public enum OrderMatch
    {
        /// <summary>The server's facts positively match the row's operation or plan/service.</summary>
        Same,
        /// <summary>A fact both sides know differs: another kind of order for the same device.</summary>
        Different,
        /// <summary>The server did not say enough to tell.</summary>
        Undetermined,
    }
}
