using System.Collections.Generic;

namespace YeastarPartner.Client.Orders
{
    /// <summary>
    /// What the product has now (from Get-YsProduct / R2), for the rules about renewals and switches.
    /// Leave a field null when it is not known: the rule that needs it is then not checked.
    /// </summary>
    public sealed class CurrentSubscription
    {
        public long? PlanId { get; set; }
        public string? PlanName { get; set; }
        public string? BillingCycle { get; set; }
        public int? MultiCycle { get; set; }
        /// <summary>Extensions (PSE, PCE, Turnkey) or connections the product has now.</summary>
        public int? Quantity { get; set; }
        /// <summary>Services attached to the product; a PSE/PCE renewal must renew them with the plan.</summary>
        public IList<long> ServiceIds { get; set; } = new List<long>();
    }
}
