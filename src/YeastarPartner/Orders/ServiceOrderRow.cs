using System;
using System.Globalization;
using YeastarPartner.Client.Models;
using YeastarPartner.Client.Orders;
using YeastarPartner.Models;

namespace YeastarPartner.Orders
{
    /// <summary>
    /// One validated row of New-YsServiceOrder: an add-on service bought, renewed or tried, its O1 body
    /// built and checked against the section-7 rules by <see cref="OrderBuilder"/> before anything is sent.
    /// </summary>
    internal sealed class ServiceOrderRow : IOrderRow
    {
        private readonly OrderSpec _spec;
        private readonly OrderItemSpec _service;

        private ServiceOrderRow(OrderSpec spec, OrderRequest request, string? orderKey)
        {
            _spec = spec;
            _service = spec.Items[0];
            Request = request;
            Key = OrderKey.For(spec, orderKey);
            Label = OrderKey.Label(spec, orderKey);
        }

        public string Key { get; }
        public string? SerialNumber => _spec.ProductNo;
        public string Label { get; }
        public OrderRequest Request { get; }

        public string FindCommand(DateTimeOffset? sent) => OrderKey.FindCommand(_spec, sent);

        public (int ProductId, string OperationType, long ItemId) Kind => (_spec.ProductId, _spec.OperationType, _service.ServiceId);

        public static ServiceOrderRow? Create(OrderRowInput input, out RowProblem? problem)
        {
            string? serialNumber = null, cycle = null;
            long? serviceId = null, contact = null, connectionPlanId = null;
            var trial = input.Action == OrderAction.Trial;
            problem = RowChecks.SerialNumber(input.SerialNumber, input.SerialNumberIsPlainText, out serialNumber)
                ?? RowChecks.Id("ServiceId", "service ID", input.ItemId, required: true, $"Add -ServiceId with a service ID from Get-YsOffering -ProductId {input.ProductId}.", out serviceId)
                ?? RowChecks.Id("ConnectionPlanId", "connection plan ID", input.ConnectionPlanId, required: false, "Use the ID of the plan the service depends on (Get-YsOffering, Get-YsProduct).", out connectionPlanId)
                ?? RowChecks.BillingCycle(input.BillingCycle, allowOnce: true, out cycle)
                ?? RowChecks.Id("BillingContactId", "billing contact ID", input.BillingContactId, required: !trial, RowChecks.BillingContactFix, out contact);
            if (problem != null) return null;

            var spec = input.ToSpec(serialNumber, contact,
                new OrderItemSpec
                {
                    ServiceType = OrderWire.Service,
                    ServiceId = serviceId!.Value,
                    BillingCycle = cycle,
                    MultiCycle = input.MultiCycle,
                    Quantity = input.Quantity,
                    ConnectionPlanId = connectionPlanId,
                });
            var built = OrderBuilder.Build(spec);
            problem = RowChecks.FromOrderProblems(built.Problems);
            if (problem != null) return null;
            return new ServiceOrderRow(OrderBuilder.WithDefaults(spec), built.Request!, input.OrderKey);
        }

        public OrderRequest ToOrderRequest() => Request;

        public string Target => _spec.ProductNo != null ? $"PBX {_spec.ProductNo}" : $"product {_spec.ProductId}{OrderKey.ForWhom(_spec)}";

        public string Describe()
        {
            var quantity = _service.Quantity != null ? $" x {_service.Quantity}" : "";
            if (_spec.Action == OrderAction.Trial) return $"Start a trial of service {_service.ServiceId}{quantity} (product {_spec.ProductId}){OrderKey.ForWhom(_spec)}";
            var verb = _spec.Action == OrderAction.Purchase ? "Buy" : "Renew";
            return $"{verb} service {_service.ServiceId}{quantity} (product {_spec.ProductId}), billed {_service.BillingCycle} (multiCycle {_service.MultiCycle}), to billing contact {_spec.BillingId}{OrderKey.ForWhom(_spec)}";
        }

        public JournalEntry ToJournalEntry() => new JournalEntry
        {
            SerialNumber = SerialNumber ?? "",
            Key = Key,
            Plan = "service " + OrderRowInput.Text(_service.ServiceId),
            BillingCycle = RowChecks.CycleName(_service.BillingCycle),
            MultiCycle = (_service.MultiCycle ?? 0).ToString(CultureInfo.InvariantCulture),
            BillingContactId = _spec.BillingId?.ToString(CultureInfo.InvariantCulture) ?? "",
            Operation = _spec.OperationType,
            ProductId = _spec.ProductId.ToString(CultureInfo.InvariantCulture),
            ItemId = OrderRowInput.Text(_service.ServiceId),
        };

        public object ToOutput(OrderOutcome outcome, CreatedOrder? created, JournalEntry? earlier) => new YsServiceOrder
        {
            SerialNumber = _spec.ProductNo ?? "",
            Operation = _spec.Action.ToString(),
            ProductId = _spec.ProductId,
            ServiceId = _service.ServiceId,
            Quantity = _service.Quantity,
            ConnectionPlanId = _service.ConnectionPlanId,
            BillingCycle = RowChecks.CycleName(_service.BillingCycle),
            MultiCycle = _service.MultiCycle ?? 0,
            BillingContactId = _spec.BillingId ?? 0,
            PartnerId = _spec.PartnerId,
            AssignId = _spec.AssignId,
            PoNumber = _spec.PoNumber,
        }.Record(outcome, created, earlier);
    }
}
