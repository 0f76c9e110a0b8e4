namespace YeastarPartner.Client.Orders
{
    /// <summary>
    /// One plan or service of an order as the caller means it. Leave BillingModel, MultiCycle and
    /// PurchaseType null to get the defaults of the section-7 rule matrix.
    /// </summary>
    public sealed class OrderItemSpec
    {
        /// <summary>"plan" or "service".</summary>
        public string ServiceType { get; set; } = OrderWire.Plan;
        /// <summary>The 19-digit plan or service ID (Get-YsOffering Id).</summary>
        public long ServiceId { get; set; }
        /// <summary>Optional, from Get-YsOffering: lets name-based rules (Disaster Recovery, High Availability) apply.</summary>
        public string? Name { get; set; }
        /// <summary>Overrides the default; only for what the rule matrix does not cover.</summary>
        public string? PurchaseType { get; set; }
        public string? BillingModel { get; set; }
        /// <summary>monthly, annually or once; omitted on trials.</summary>
        public string? BillingCycle { get; set; }
        public int? MultiCycle { get; set; }
        public int? Quantity { get; set; }
        public long? ConnectionPlanId { get; set; }

        public bool IsPlan => ServiceType == OrderWire.Plan;
    }
}
