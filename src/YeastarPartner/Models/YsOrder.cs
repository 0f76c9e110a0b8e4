using System;
using YeastarPartner.Client.Orders;

namespace YeastarPartner.Models
{
    /// <summary>An order of the partner account (O2, with O3's device when it was looked up).</summary>
    public sealed class YsOrder
    {
        internal YsOrder(FoundOrder order)
        {
            OrderNo = order.Summary.OrderNo;
            Id = order.Summary.Id;
            OrderStatus = order.Summary.OrderStatus;
            CreateTime = order.CreateTime;
            CurrencyCode = order.Summary.CurrencyCode;
            InvoiceNo = order.Summary.InvoiceNo;
            CustomReferenceNo = order.Summary.CustomReferenceNo;
            SerialNumber = order.SerialNumber;
            ProductId = order.Detail?.BasicInformation?.ProductId;
            ProductName = order.Detail?.BasicInformation?.ProductName;
        }

        public string? OrderNo { get; }
        /// <summary>The order's unique ID: a string, exact.</summary>
        public string? Id { get; }
        /// <summary>succeed, failed, pending, invalid, cancelled, refunded, ...</summary>
        public string? OrderStatus { get; }
        public DateTimeOffset? CreateTime { get; }
        public string? CurrencyCode { get; }
        public string? InvoiceNo { get; }
        public string? CustomReferenceNo { get; }
        /// <summary>The device (O3 productNo); empty when only the order list was read.</summary>
        public string? SerialNumber { get; }
        public string? ProductId { get; }
        public string? ProductName { get; }

        public override string ToString() => $"{OrderNo} {OrderStatus} {SerialNumber}".Trim();
    }
}
