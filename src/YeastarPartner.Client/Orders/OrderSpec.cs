using System.Collections.Generic;
using YeastarPartner.Client.Models;

namespace YeastarPartner.Client.Orders
{
    /// <summary>
    /// An order of any operationType, as the caller means it: what <see cref="OrderBuilder"/> checks
    /// against the section-7 rules and turns into the O1 body.
    /// </summary>
    public sealed class OrderSpec
    {
        public OrderAction Action { get; set; } = OrderAction.Purchase;
        public int ProductId { get; set; } = 11;
        /// <summary>The serial number; required for an order on an existing device.</summary>
        public string? ProductNo { get; set; }
        public long? BillingId { get; set; }
        /// <summary>The subordinate user ordered for (Get-YsSubordinateUser PartnerId).</summary>
        public string? PartnerId { get; set; }
        /// <summary>The subordinate user the product is assigned to (also gets the activation email).</summary>
        public string? AssignId { get; set; }
        public string? PoNumber { get; set; }
        public List<OrderItemSpec> Items { get; set; } = new List<OrderItemSpec>();
        /// <summary>Only for a new Cloud Edition (product 13) instance.</summary>
        public PceSpecialRequest? PceRequest { get; set; }

        /// <summary>A plan order has a plan item; a service order has only services.</summary>
        public bool IsPlanOrder => Items.Exists(i => i.IsPlan);

        public string OperationType => OrderWire.OperationType(Action, IsPlanOrder);

        internal OrderSpec ShallowCopy() => (OrderSpec)MemberwiseClone();
    }
}
