using System;

namespace YeastarPartner.Models
{
    /// <summary>
    /// The outcome of one plan order row. Flat, so Export-Csv writes a complete record of the purchase.
    /// Failed rows are not objects but non-terminating errors whose TargetObject is the input row.
    /// </summary>
    public sealed class YsPlanOrder
    {
        public string SerialNumber { get; set; } = "";
        public string? Plan { get; set; }
        public long PlanId { get; set; }
        public string BillingCycle { get; set; } = "";
        public int MultiCycle { get; set; }
        public long BillingContactId { get; set; }
        public string? PoNumber { get; set; }
        /// <summary>Succeeded or Skipped (already bought in an earlier run with the same journal).</summary>
        public string Outcome { get; set; } = "";
        public string? OrderNo { get; set; }
        /// <summary>The API's orderStatus: succeed, or pending when payment is still due in the portal.</summary>
        public string? OrderStatus { get; set; }
        public string? InstanceId { get; set; }
        public string? TransactionNo { get; set; }
        public string? RequestId { get; set; }
        public DateTimeOffset Time { get; set; }

        public override string ToString() => $"{SerialNumber} {Plan} {Outcome} {OrderNo}".Trim();
    }
}
