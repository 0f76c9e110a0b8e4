using System;
using System.Globalization;
using System.Linq;
using YeastarPartner.Client;

namespace YeastarPartner.Orders
{
    /// <summary>
    /// One line of an order journal. Every field is text, so 19-digit IDs are written exactly as received.
    /// </summary>
    internal sealed class JournalEntry
    {
        /// <summary>
        /// The header. The first twelve columns are those of the first release; the columns after Stage were
        /// added later and are empty when a journal of the first release is read.
        /// </summary>
        public static readonly string[] Columns =
        {
            "SerialNumber", "Plan", "BillingCycle", "MultiCycle", "BillingContactId", "Outcome", "OrderNo", "OrderStatus", "RequestId", "Time", "Error", "Stage",
            "Key", "Operation", "ProductId", "ItemId", "SettleAfter", "Price", "Currency", "OrderKey",
        };

        /// <summary>A journal's header must start with these columns.</summary>
        public const int RequiredColumns = 11;

        /// <summary>The device's serial number; empty for a new product, which has none yet.</summary>
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
        /// <summary>What one order per journal is counted by: see <see cref="Orders.OrderKey"/>.</summary>
        public string Key { get; set; } = "";
        /// <summary>The O1 operationType, e.g. renew_plan: -Reconcile only settles a row with an order of its own kind.</summary>
        public string Operation { get; set; } = "";
        public string ProductId { get; set; } = "";
        /// <summary>The 19-digit plan or service ID ordered.</summary>
        public string ItemId { get; set; } = "";
        /// <summary>On Unknown lines: the time after which no reply can still land, so "not bought" can be concluded.</summary>
        public string SettleAfter { get; set; } = "";
        /// <summary>The row's price from the Partner Portal before ordering (invariant culture); empty when unknown.</summary>
        public string Price { get; set; } = "";
        public string Currency { get; set; } = "";
        /// <summary>The row's -OrderKey as given. On a device line only a label: the device is the key.</summary>
        public string OrderKey { get; set; } = "";

        /// <summary>
        /// The journal key of a line: a device line is keyed by its device whatever its Key column says (journals
        /// written before the device always won kept a row's OrderKey there, "key:..."; they fold under the device),
        /// a new product by its Key; a first-release line keeps its key in SerialNumber.
        /// </summary>
        public string KeyOrSerialNumber => DeviceSerialNumber ?? (Key.Length > 0 ? Key : SerialNumber);

        /// <summary>The serial number the Partner Portal knows the device by; null for a new product.</summary>
        public string? DeviceSerialNumber =>
            SerialNumber.Length == 0 || Orders.OrderKey.IsNewProduct(SerialNumber) ? null : SerialNumber;

        /// <summary>A copy with a new outcome, stamped now.</summary>
        public JournalEntry With(OrderOutcome outcome, JournalStage stage, string? error = null, string? orderNo = null, string? orderStatus = null, string? requestId = null, DateTimeOffset? settleAfter = null)
        {
            var copy = FromFields(ToFields());
            copy.Outcome = outcome.ToString();
            copy.OrderNo = orderNo ?? "";
            copy.OrderStatus = orderStatus ?? "";
            copy.RequestId = requestId ?? "";
            copy.Time = FormatTime(DateTimeOffset.Now);
            copy.Error = error ?? "";
            copy.Stage = stage.ToString();
            copy.SettleAfter = settleAfter.HasValue ? FormatTime(settleAfter.Value) : "";
            return copy;
        }

        public string[] ToFields() =>
            new[] { SerialNumber, Plan, BillingCycle, MultiCycle, BillingContactId, Outcome, OrderNo, OrderStatus, RequestId, Time, Error, Stage, Key, Operation, ProductId, ItemId, SettleAfter, Price, Currency, OrderKey };

        /// <summary>A line read back; fields a shorter (older) line lacks are empty.</summary>
        public static JournalEntry FromFields(string[] fields)
        {
            string F(int i) => i < fields.Length ? fields[i] ?? "" : "";
            return new JournalEntry
            {
                SerialNumber = F(0), Plan = F(1), BillingCycle = F(2), MultiCycle = F(3), BillingContactId = F(4), Outcome = F(5),
                OrderNo = F(6), OrderStatus = F(7), RequestId = F(8), Time = F(9), Error = F(10), Stage = F(11),
                Key = F(12), Operation = F(13), ProductId = F(14), ItemId = F(15), SettleAfter = F(16), Price = F(17), Currency = F(18), OrderKey = F(19),
            };
        }

        public DateTimeOffset? TimeValue => ParseTime(Time);

        /// <summary>The line's time as messages write every time (<see cref="MessageTime"/>); as written when it cannot be read.</summary>
        public string TimeForMessage => TimeValue is DateTimeOffset time ? MessageTime.Format(time) : Time;
        public DateTimeOffset? SettleAfterValue => ParseTime(SettleAfter);

        public static string FormatTime(DateTimeOffset time) => time.ToString("o", CultureInfo.InvariantCulture);

        /// <summary>ISO 8601 as written; a spreadsheet that re-saved the file may have turned it into its own format.</summary>
        private static DateTimeOffset? ParseTime(string text)
        {
            if (string.IsNullOrWhiteSpace(text)) return null;
            foreach (var culture in new[] { CultureInfo.InvariantCulture, CultureInfo.CurrentCulture })
                if (DateTimeOffset.TryParse(text, culture, DateTimeStyles.AssumeLocal, out var time)) return time;
            return null;
        }

        public static bool IsHeader(string[] fields) =>
            fields.Length >= RequiredColumns && Columns.Take(RequiredColumns).SequenceEqual(fields.Take(RequiredColumns).Select(f => f.Trim()), StringComparer.OrdinalIgnoreCase);
    }
}
