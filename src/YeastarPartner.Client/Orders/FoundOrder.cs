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
        }

        public OrderSummary Summary { get; }
        public OrderDetail? Detail { get; }
        public DateTimeOffset? CreateTime => ApiTime.FromEpoch(Summary.CreateTime);
        public string? SerialNumber => Detail?.BasicInformation?.ProductNo;
    }
}
