using System.Globalization;
using YeastarPartner.Client.Models;
using YeastarPartner.Client.Orders;

namespace YeastarPartner.Orders
{
    /// <summary>One pipeline row's raw values, as bound: what the order rows check and the journal records when a check fails.</summary>
    internal sealed class OrderRowInput
    {
        public OrderAction Action { get; set; } = OrderAction.Purchase;
        public int ProductId { get; set; } = ProductIds.ApplianceEdition;
        public string? SerialNumber { get; set; }
        /// <summary>A plan name (plan orders) or null.</summary>
        public string? Plan { get; set; }
        /// <summary>The plan ID (plan orders) or the service ID (service orders), as text.</summary>
        public string? ItemId { get; set; }
        public string? BillingContactId { get; set; }
        public string? BillingCycle { get; set; }
        public int? MultiCycle { get; set; }
        public int? Quantity { get; set; }
        public string? ConnectionPlanId { get; set; }
        public string? PoNumber { get; set; }
        public string? PartnerId { get; set; }
        public string? AssignId { get; set; }
        public string? PbxName { get; set; }
        public string? RegionId { get; set; }
        public string? PbxSubDomainId { get; set; }
        public string? PbxSubDomain { get; set; }

        /// <summary>The journal fields of a row that could not be validated: the values as given.</summary>
        public JournalEntry ToRawJournalEntry(long rowNumber) => new JournalEntry
        {
            SerialNumber = OrderKey.For(SerialNumber, ProductId, PartnerId, AssignId, PbxName, rowNumber),
            Plan = Plan ?? ItemId ?? "",
            BillingCycle = BillingCycle ?? "",
            MultiCycle = MultiCycle?.ToString(CultureInfo.InvariantCulture) ?? "",
            BillingContactId = BillingContactId?.Trim() ?? "",
        };

        /// <summary>orderPceSpecialRequest, when any of its fields is given.</summary>
        public PceSpecialRequest? PceRequest() =>
            string.IsNullOrWhiteSpace(PbxName) && string.IsNullOrWhiteSpace(RegionId) && string.IsNullOrWhiteSpace(PbxSubDomainId) && string.IsNullOrWhiteSpace(PbxSubDomain)
                ? null
                : new PceSpecialRequest
                {
                    PbxName = PbxName?.Trim() ?? "",
                    RegionId = RegionId?.Trim() ?? "",
                    PbxSubDomainId = PbxSubDomainId?.Trim() ?? "",
                    PbxSubDomain = string.IsNullOrWhiteSpace(PbxSubDomain) ? null : PbxSubDomain!.Trim(),
                };

        /// <summary>The order as the builder takes it: this row's shared fields and its one plan or service.</summary>
        public OrderSpec ToSpec(string? serialNumber, long? billingId, OrderItemSpec item) => new OrderSpec
        {
            Action = Action,
            ProductId = ProductId,
            ProductNo = serialNumber,
            BillingId = billingId,
            PartnerId = Blank(PartnerId),
            AssignId = Blank(AssignId),
            PoNumber = Blank(PoNumber),
            Items = { item },
        };

        public static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value!.Trim();
    }
}
