using System;
using System.Globalization;
using YeastarPartner.Client.Models;
using YeastarPartner.Client.Orders;
using YeastarPartner.Models;

namespace YeastarPartner.Orders
{
    /// <summary>
    /// One validated row of New-YsPlanOrder or New-YsServiceOrder: the completed order (defaults applied,
    /// every rule checked) and its O1 body, with what the journal, ShouldProcess, the guards and the output
    /// need to know about it. Made only by <see cref="OrderRowFactory"/>.
    /// </summary>
    internal sealed class OrderRow
    {
        private readonly OrderSpec _spec;
        private readonly OrderItemSpec _item;
        private readonly OrderRequest _request;

        internal OrderRow(OrderSpec spec, OrderRequest request, string? orderKey)
        {
            _spec = spec;
            _item = spec.Items[0];
            _request = request;
            Key = OrderKey.For(spec, orderKey);
            Label = OrderKey.Label(spec, orderKey);
            UserOrderKey = OrderRowInput.Blank(orderKey);
        }

        /// <summary>The journal key (<see cref="OrderKey"/>): one order per key per journal.</summary>
        public string Key { get; }

        /// <summary>The row's -OrderKey as given (trimmed): the key of a new product, a label on a device row; null when none.</summary>
        public string? UserOrderKey { get; }

        /// <summary>The device the order is for, trimmed and upper case; null for a new product.</summary>
        public string? SerialNumber => _spec.ProductNo;

        /// <summary>The billing contact the order is billed to; null for a trial.</summary>
        public long? BillingContactId => _spec.BillingId;

        /// <summary>How messages name the row: "serial number '...'" or "new product 13 'Contoso PBX'".</summary>
        public string Label { get; }

        /// <summary>What the row orders, to tell its orders from others of the same device: product, operationType, plan or service ID.</summary>
        public (int ProductId, string OperationType, long ItemId) Kind => (_spec.ProductId, _spec.OperationType, _item.ServiceId);

        private bool IsPlan => _item.IsPlan;

        /// <summary>The plan's name when the row names a known plan; null for a service or an unknown plan ID.</summary>
        private string? PlanName => IsPlan ? _item.Name : null;

        /// <summary>A command that lists this row's order in the Partner Portal, for an order sent at <paramref name="sent"/>.</summary>
        public string FindCommand(DateTimeOffset? sent) => OrderKey.FindCommand(_spec, sent);

        public OrderRequest ToOrderRequest() => _request;

        /// <summary>What the row orders, for its price (<see cref="PriceBook"/>).</summary>
        public OrderSpec Spec => _spec;

        /// <summary>The row's price before ordering, once looked up (null before, and for rows never priced).</summary>
        public RowPrice? Price { get; set; }

        /// <summary>The ShouldProcess target: the device, or the new product and whom it is for.</summary>
        public string Target =>
            _spec.ProductNo != null ? $"PBX {_spec.ProductNo}"
            : IsPlan ? $"new product {_spec.ProductId}{(_spec.PceRequest != null ? $" '{_spec.PceRequest.PbxName}'" : "")}{OrderKey.ForWhom(_spec)}"
            : $"product {_spec.ProductId}{OrderKey.ForWhom(_spec)}";

        /// <summary>The ShouldProcess action: what will be bought and billed to whom.</summary>
        public string Action => IsPlan ? DescribePlan() : DescribeService();

        private string DescribePlan()
        {
            var plan = PlanName ?? "plan " + _item.ServiceId;
            if (_spec.Action == OrderAction.Trial) return $"Start a trial of the {plan} plan (product {_spec.ProductId}){OrderKey.ForWhom(_spec)}";
            var verb = _spec.Action == OrderAction.Purchase ? "Buy" : _spec.Action == OrderAction.Switch ? "Switch to" : "Renew";
            var quantity = _item.Quantity != null ? $" for {_item.Quantity} extension(s)" : "";
            return $"{verb} the {plan} plan{quantity}, billed {_item.BillingCycle}{(_item.BillingCycle == OrderWire.Annually ? $" for {_item.MultiCycle} year(s)" : "")} (multiCycle {_item.MultiCycle}), to billing contact {_spec.BillingId}{OrderKey.ForWhom(_spec)}";
        }

        private string DescribeService()
        {
            var quantity = _item.Quantity != null ? $" x {_item.Quantity}" : "";
            if (_spec.Action == OrderAction.Trial) return $"Start a trial of service {_item.ServiceId}{quantity} (product {_spec.ProductId}){OrderKey.ForWhom(_spec)}";
            var verb = _spec.Action == OrderAction.Purchase ? "Buy" : "Renew";
            return $"{verb} service {_item.ServiceId}{quantity} (product {_spec.ProductId}), billed {_item.BillingCycle} (multiCycle {_item.MultiCycle}), to billing contact {_spec.BillingId}{OrderKey.ForWhom(_spec)}";
        }

        /// <summary>The row's journal fields, without outcome.</summary>
        public JournalEntry ToJournalEntry() => new JournalEntry
        {
            SerialNumber = SerialNumber ?? "",
            Key = Key,
            Plan = IsPlan ? PlanName ?? Text(_item.ServiceId) : "service " + Text(_item.ServiceId),
            BillingCycle = RowChecks.CycleName(_item.BillingCycle),
            MultiCycle = (_item.MultiCycle ?? 0).ToString(CultureInfo.InvariantCulture),
            BillingContactId = _spec.BillingId?.ToString(CultureInfo.InvariantCulture) ?? "",
            Operation = _spec.OperationType,
            ProductId = _spec.ProductId.ToString(CultureInfo.InvariantCulture),
            ItemId = Text(_item.ServiceId),
            Price = Price?.Amount?.ToString(CultureInfo.InvariantCulture) ?? "",
            Currency = Price?.Currency ?? "",
            OrderKey = UserOrderKey ?? "",
        };

        /// <summary>The output object for a Succeeded or Skipped row (<paramref name="earlier"/>: the journal line or portal order that made it Skipped).</summary>
        public YsOrderResult ToOutput(OrderOutcome outcome, CreatedOrder? created, JournalEntry? earlier)
        {
            var output = IsPlan ? (YsOrderResult)PlanOutput() : ServiceOutput();
            output.OrderKey = UserOrderKey;
            return output.Record(outcome, created, earlier, Price);
        }

        private YsPlanOrder PlanOutput() => new YsPlanOrder
        {
            SerialNumber = _spec.ProductNo ?? "",
            Operation = _spec.Action.ToString(),
            ProductId = _spec.ProductId,
            Plan = PlanName,
            PlanId = _item.ServiceId,
            BillingCycle = RowChecks.CycleName(_item.BillingCycle),
            MultiCycle = _item.MultiCycle ?? 0,
            Quantity = _item.Quantity,
            BillingContactId = _spec.BillingId ?? 0,
            PartnerId = _spec.PartnerId,
            AssignId = _spec.AssignId,
            PbxName = _spec.PceRequest?.PbxName,
            PoNumber = _spec.PoNumber,
        };

        private YsServiceOrder ServiceOutput() => new YsServiceOrder
        {
            SerialNumber = _spec.ProductNo ?? "",
            Operation = _spec.Action.ToString(),
            ProductId = _spec.ProductId,
            ServiceId = _item.ServiceId,
            Quantity = _item.Quantity,
            ConnectionPlanId = _item.ConnectionPlanId,
            BillingCycle = RowChecks.CycleName(_item.BillingCycle),
            MultiCycle = _item.MultiCycle ?? 0,
            BillingContactId = _spec.BillingId ?? 0,
            PartnerId = _spec.PartnerId,
            AssignId = _spec.AssignId,
            PoNumber = _spec.PoNumber,
        };

        private static string Text(long value) => value.ToString(CultureInfo.InvariantCulture);
    }
}
