using System;
using YeastarPartner.Client.Models;
using YeastarPartner.Models;

namespace YeastarPartner.Orders
{
    /// <summary>Fills the outcome part of a row's output: from the created order, or from the journal line that made it Skipped.</summary>
    internal static class OrderResults
    {
        public static T Record<T>(this T result, OrderOutcome outcome, CreatedOrder? created, JournalEntry? earlier, RowPrice? price) where T : YsOrderResult
        {
            result.Outcome = outcome.ToString();
            result.OrderNo = created?.OrderNo ?? NullIfEmpty(earlier?.OrderNo);
            result.OrderStatus = created?.OrderStatus ?? NullIfEmpty(earlier?.OrderStatus);
            result.InstanceId = created?.InstanceId;
            result.TransactionNo = created?.TransactionNo;
            result.RequestId = created?.RequestId ?? NullIfEmpty(earlier?.RequestId);
            result.Time = DateTimeOffset.Now;
            result.Price = price?.Amount ?? ParseMoney(earlier?.Price);
            result.Currency = price?.Currency ?? NullIfEmpty(earlier?.Currency);
            return result;
        }

        private static decimal? ParseMoney(string? text) =>
            decimal.TryParse(text, System.Globalization.NumberStyles.Number, System.Globalization.CultureInfo.InvariantCulture, out var amount) ? amount : (decimal?)null;

        private static string? NullIfEmpty(string? value) => string.IsNullOrEmpty(value) ? null : value;
    }
}
