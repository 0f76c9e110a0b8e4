using System;
using System.Collections.Generic;
using YeastarPartner.Client.Orders;

namespace YeastarPartner.Models
{
    /// <summary>An order of the partner account (O2, with O3's details when they were looked up).</summary>
    public sealed class YsOrder
    {
        internal YsOrder(FoundOrder order)
        {
            OrderNo = order.Summary.OrderNo;
            Id = order.Summary.Id;
            OrderStatus = order.Summary.OrderStatus ?? order.Facts.Status;
            CreateTime = order.CreateTime;
            CurrencyCode = order.Summary.CurrencyCode ?? order.Detail?.CurrencyCode;
            Amount = order.Summary.Amount ?? order.Detail?.Amount;
            InvoiceNo = order.Summary.InvoiceNo;
            CustomReferenceNo = order.Summary.CustomReferenceNo;
            SerialNumber = order.SerialNumber;
            ProductId = order.Detail?.BasicInformation?.ProductId ?? order.Facts.ProductId?.ToString(System.Globalization.CultureInfo.InvariantCulture);
            ProductName = order.Detail?.BasicInformation?.ProductName;
            OperationType = order.Facts.OperationType;
            BillingContactId = order.Detail?.BillingContactId;
            BillingInformation = order.Detail?.BillingValues;
            Items = order.Detail?.SummaryValues;
            Extra = order.Summary.Extra;
        }

        public string? OrderNo { get; }
        /// <summary>The order's unique ID: a string, exact.</summary>
        public string? Id { get; }
        /// <summary>succeed, failed, pending, invalid, cancelled, refunded, ...</summary>
        public string? OrderStatus { get; }
        public DateTimeOffset? CreateTime { get; }
        public string? CurrencyCode { get; }
        /// <summary>What the order cost in CurrencyCode, as the Partner Portal says (O2, else O3); null when it says nothing.</summary>
        public decimal? Amount { get; }
        public string? InvoiceNo { get; }
        public string? CustomReferenceNo { get; }
        /// <summary>The device (O3 productNo); empty when only the order list was read.</summary>
        public string? SerialNumber { get; }
        public string? ProductId { get; }
        public string? ProductName { get; }
        /// <summary>The O1 operationType (purchase_plan, renew_plan, ...), where the Partner Portal says it.</summary>
        public string? OperationType { get; }
        /// <summary>The billing contact (O3), as text: exact.</summary>
        public string? BillingContactId { get; }
        /// <summary>O3's billingInformation, as sent (name/value pairs).</summary>
        public object? BillingInformation { get; }
        /// <summary>O3's orderSummary: the plans and services of the order, as sent.</summary>
        public object? Items { get; }
        /// <summary>O2's fields this type does not name, as sent.</summary>
        public IReadOnlyDictionary<string, object?> Extra { get; }

        public override string ToString() => $"{OrderNo} {OrderStatus} {SerialNumber}".Trim();
    }
}
