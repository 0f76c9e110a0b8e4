namespace YeastarPartner.Models
{
    /// <summary>
    /// The outcome of one service order row (add-ons: Hotel Module, extensions, connections, white label...).
    /// Flat, so Export-Csv writes a complete record. Failed rows are non-terminating errors instead.
    /// </summary>
    public sealed class YsServiceOrder : YsOrderResult
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

        public override string ToString() => $"{SerialNumber} {ServiceId} {Outcome} {OrderNo}".Trim();
    }
}
