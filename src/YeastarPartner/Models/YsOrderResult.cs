using System;

namespace YeastarPartner.Models
{
    /// <summary>
    /// What every order row's output reports about the order: its outcome and the Partner Portal's
    /// identifiers. Failed and Unknown rows are non-terminating errors instead.
    /// </summary>
    public abstract class YsOrderResult
    {
        /// <summary>Succeeded or Skipped (ordered in an earlier run with the same journal).</summary>
        public string Outcome { get; set; } = "";
        public string? OrderNo { get; set; }
        /// <summary>The API's orderStatus: succeed, or pending when payment is still due in the portal.</summary>
        public string? OrderStatus { get; set; }
        public string? InstanceId { get; set; }
        public string? TransactionNo { get; set; }
        public string? RequestId { get; set; }
        public DateTimeOffset Time { get; set; }
        /// <summary>The Partner Portal's list price of the row before ordering (P9); null when unknown. The invoice is the final word.</summary>
        public decimal? Price { get; set; }
        public string? Currency { get; set; }
        /// <summary>The row's -OrderKey, if it had one: the key of a new product, a label on a device's row.</summary>
        public string? OrderKey { get; set; }
    }
}
