using System;
using System.Globalization;

namespace YeastarPartner.Orders
{
    /// <summary>
    /// One line of an order journal. Every field is text, so 19-digit IDs are written exactly as received.
    /// </summary>
    internal sealed class JournalEntry
    {
        public static readonly string[] Columns =
            { "SerialNumber", "Plan", "BillingCycle", "MultiCycle", "BillingContactId", "Outcome", "OrderNo", "OrderStatus", "RequestId", "Time", "Error", "Stage" };

        public string SerialNumber { get; set; } = "";
        public string Plan { get; set; } = "";
        public string BillingCycle { get; set; } = "";
        public string MultiCycle { get; set; } = "";
        public string BillingContactId { get; set; } = "";
        /// <summary>One of <see cref="OrderOutcome"/>'s names.</summary>
        public string Outcome { get; set; } = "";
        public string OrderNo { get; set; } = "";
        public string OrderStatus { get; set; } = "";
        public string RequestId { get; set; } = "";
        public string Time { get; set; } = "";
        public string Error { get; set; } = "";
        /// <summary>One of <see cref="JournalStage"/>'s names: how the outcome became known.</summary>
        public string Stage { get; set; } = "";

        /// <summary>A copy with a new outcome, stamped now.</summary>
        public JournalEntry With(OrderOutcome outcome, JournalStage stage, string? error = null, string? orderNo = null, string? orderStatus = null, string? requestId = null) => new JournalEntry
        {
            SerialNumber = SerialNumber,
            Plan = Plan,
            BillingCycle = BillingCycle,
            MultiCycle = MultiCycle,
            BillingContactId = BillingContactId,
            Outcome = outcome.ToString(),
            OrderNo = orderNo ?? "",
            OrderStatus = orderStatus ?? "",
            RequestId = requestId ?? "",
            Time = DateTimeOffset.Now.ToString("o", CultureInfo.InvariantCulture),
            Error = error ?? "",
            Stage = stage.ToString(),
        };

        public string[] ToFields() =>
            new[] { SerialNumber, Plan, BillingCycle, MultiCycle, BillingContactId, Outcome, OrderNo, OrderStatus, RequestId, Time, Error, Stage };

        public static JournalEntry FromFields(string[] f) => new JournalEntry
        {
            SerialNumber = f[0], Plan = f[1], BillingCycle = f[2], MultiCycle = f[3], BillingContactId = f[4], Outcome = f[5],
            OrderNo = f[6], OrderStatus = f[7], RequestId = f[8], Time = f[9], Error = f[10], Stage = f.Length > 11 ? f[11] : "",
        };

        public DateTimeOffset? TimeValue =>
            DateTimeOffset.TryParse(Time, CultureInfo.InvariantCulture, DateTimeStyles.None, out var t) ? t : (DateTimeOffset?)null;
    }
}
