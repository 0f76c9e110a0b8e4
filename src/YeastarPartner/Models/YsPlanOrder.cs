namespace YeastarPartner.Models
{
    /// <summary>
    /// The outcome of one plan order row. Flat, so Export-Csv writes a complete record of the purchase.
    /// Failed rows are not objects but non-terminating errors whose TargetObject is the input row.
    /// </summary>
    public sealed class YsPlanOrder : YsOrderResult
    {
        /// <summary>Empty for a new product (PSE license, PCE instance): see InstanceId.</summary>
        public string SerialNumber { get; set; } = "";
        /// <summary>Purchase, Renew, Switch or Trial.</summary>
        public string Operation { get; set; } = "Purchase";
        public int ProductId { get; set; } = 11;
        public string? Plan { get; set; }
        public long PlanId { get; set; }
        public string BillingCycle { get; set; } = "";
        public int MultiCycle { get; set; }
        /// <summary>Extensions (PSE, PCE, Turnkey); empty where the product has no quantity.</summary>
        public int? Quantity { get; set; }
        /// <summary>0 for a trial, which is not billed.</summary>
        public long BillingContactId { get; set; }
        /// <summary>The subordinate user ordered for, if any.</summary>
        public string? PartnerId { get; set; }
        public string? AssignId { get; set; }
        /// <summary>The new Cloud Edition instance's PBX name, if this order creates one.</summary>
        public string? PbxName { get; set; }
        public string? PoNumber { get; set; }

        public override string ToString() => $"{SerialNumber} {Plan} {Outcome} {OrderNo}".Trim();
    }
}
