using YeastarPartner.Client.Models;
using YeastarPartner.Client.Orders;

namespace YeastarPartner.Orders
{
    /// <summary>
    /// One pipeline row's values as bound: text, so that <see cref="OrderRowFactory"/> can tell the row what is
    /// wrong with any of them. Also what the journal records of a row that could not be validated.
    /// </summary>
    internal sealed class OrderRowInput
    {
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
        public string? QuantityText { get; set; }
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
                // As OrderKey.For: a device is its own key; the OrderKey keys only a row without one.
                Key = serialNumber.Length == 0 && Blank(OrderKey) is string key ? Orders.OrderKey.UserKeyPrefix + key : serialNumber,
                OrderKey = Blank(OrderKey) ?? "",
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

        /// <summary>The order as the builder takes it: the parsed values, this row's other fields and its one plan or service.</summary>
        public OrderSpec ToSpec(OrderAction action, int productId, string? serialNumber, long? billingId, OrderItemSpec item) => new OrderSpec
        {
            Action = action,
            ProductId = productId,
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
