using System;

namespace YeastarPartner.Models
{
    /// <summary>
    /// The outcome of one service order row (add-ons: Hotel Module, extensions, connections, white label...).
    /// Flat, so Export-Csv writes a complete record. Failed rows are non-terminating errors instead.
    /// </summary>
    public sealed class YsServiceOrder
    {
        public string SerialNumber { get; set; } = "";
        /// <summary>Purchase, Renew or Trial.</summary>
        public string Operation { get; set; } = "Purchase";
        public int ProductId { get; set; }
        public long ServiceId { get; set; }
        public int? Quantity { get; set; }
        public long? ConnectionPlanId { get; set; }
        public string BillingCycle { get; set; } = "";
        public int MultiCycle { get; set; }
        /// <summary>0 for a trial, which is not billed.</summary>
        public long BillingContactId { get; set; }
        public string? PartnerId { get; set; }
        public string? AssignId { get; set; }
        public string? PoNumber { get; set; }
        /// <summary>Succeeded or Skipped (already ordered in an earlier run with the same journal).</summary>
        public string Outcome { get; set; } = "";
        public string? OrderNo { get; set; }
        public string? OrderStatus { get; set; }
        public string? InstanceId { get; set; }
        public string? TransactionNo { get; set; }
        public string? RequestId { get; set; }
        public DateTimeOffset Time { get; set; }

        public override string ToString() => $"{SerialNumber} {ServiceId} {Outcome} {OrderNo}".Trim();
    }
}
