using System;
using YeastarPartner.Client.Models;
using YeastarPartner.Models;

namespace YeastarPartner.Orders
{
    /// <summary>Fills the outcome part of a row's output: from the created order, or from the journal line that made it Skipped.</summary>
    internal static class OrderResults
    {
        public static T Record<T>(this T result, OrderOutcome outcome, CreatedOrder? created, JournalEntry? earlier) where T : YsOrderResult
        {
            result.Outcome = outcome.ToString();
            result.OrderNo = created?.OrderNo ?? NullIfEmpty(earlier?.OrderNo);
            result.OrderStatus = created?.OrderStatus ?? NullIfEmpty(earlier?.OrderStatus);
            result.InstanceId = created?.InstanceId;
            result.TransactionNo = created?.TransactionNo;
            result.RequestId = created?.RequestId ?? NullIfEmpty(earlier?.RequestId);
            result.Time = DateTimeOffset.Now;
            return result;
        }

        private static string? NullIfEmpty(string? value) => string.IsNullOrEmpty(value) ? null : value;
    }
}
