using System;
using YeastarPartner.Client.Catalog;
using YeastarPartner.Client.Models;

namespace YeastarPartner.Client.Orders
{
    /// <summary>An order from O2 (and O3 when its device was needed or it was asked for by number).</summary>
    public sealed class FoundOrder
    {
        public FoundOrder(OrderSummary summary, OrderDetail? detail)
        {
            Summary = summary ?? throw new ArgumentNullException(nameof(summary));
            Detail = detail;
            Facts = OrderFacts.Read(summary, detail);
        }

        public OrderSummary Summary { get; }
        public OrderDetail? Detail { get; }
        public OrderFacts Facts { get; }
        public DateTimeOffset? CreateTime => ApiTime.FromEpoch(Summary.CreateTime);
        /// <summary>The device, from O3 (or O2 when it names one); upper case.</summary>
        public string? SerialNumber => Facts.SerialNumber;

        public string Describe() => Facts.Describe(Summary.OrderNo ?? Summary.Id, CreateTime);
    }
}
