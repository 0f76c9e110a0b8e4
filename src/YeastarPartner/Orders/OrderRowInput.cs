using System.Globalization;
using YeastarPartner.Client.Models;
using YeastarPartner.Client.Orders;

namespace YeastarPartner.Orders
{
    /// <summary>One pipeline row's values: the text as bound, and the shared fields once parsed. What the order rows check and the journal records when a check fails.</summary>
    internal sealed class OrderRowInput
    {
        /// <summary>Parsed from <see cref="OperationText"/>.</summary>
        public OrderAction Action { get; set; } = OrderAction.Purchase;
        /// <summary>Parsed from <see cref="ProductIdText"/>.</summary>
        public int ProductId { get; set; } = ProductIds.ApplianceEdition;
        public string? OperationText { get; set; }
        public string? ProductIdText { get; set; }
        public string? SerialNumber { get; set; }
        /// <summary>The row is a bare string (Get-Content): a CSV header or line in it gets its own error.</summary>
        public bool SerialNumberIsPlainText { get; set; }
        /// <summary>A plan name (plan orders) or null.</summary>
        public string? Plan { get; set; }
        /// <summary>The plan ID (plan orders) or the service ID (service orders), as text.</summary>
        public string? ItemId { get; set; }
        public string? BillingContactId { get; set; }
        public string? BillingCycle { get; set; }
        public string? MultiCycleText { get; set; }
        /// <summary>Parsed from <see cref="MultiCycleText"/>.</summary>
        public int? MultiCycle { get; set; }
        public string? QuantityText { get; set; }
        /// <summary>Parsed from <see cref="QuantityText"/>; null when not given, or 0 for a product that counts nothing.</summary>
        public int? Quantity { get; set; }
        public string? ConnectionPlanId { get; set; }
        public string? PoNumber { get; set; }
        public string? PartnerId { get; set; }
        public string? AssignId { get; set; }
        public string? PbxName { get; set; }
        public string? RegionId { get; set; }
        public string? PbxSubDomainId { get; set; }
        public string? PbxSubDomain { get; set; }
        /// <summary>The user's own journal key for the row (-OrderKey).</summary>
        public string? OrderKey { get; set; }

        /// <summary>The journal fields of a row that could not be validated: the values as given.</summary>
        public JournalEntry ToRawJournalEntry()
        {
            var serialNumber = Blank(SerialNumber) ?? "";
            return new JournalEntry
            {
                SerialNumber = serialNumber,
                Key = Blank(OrderKey) is string key ? Orders.OrderKey.UserKeyPrefix + key : serialNumber,
                Plan = Plan ?? ItemId ?? "",
                BillingCycle = BillingCycle ?? "",
                MultiCycle = MultiCycleText?.Trim() ?? "",
                BillingContactId = BillingContactId?.Trim() ?? "",
                Operation = OperationText?.Trim() ?? "",
                ProductId = ProductIdText?.Trim() ?? "",
                ItemId = ItemId?.Trim() ?? "",
            };
        }

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

        internal static string Text(long value) => value.ToString(CultureInfo.InvariantCulture);
    }
}
