using System;
using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;
using YeastarPartner.Base;
using YeastarPartner.Client.Orders;
using YeastarPartner.Client.Paging;
using YeastarPartner.Completers;
using YeastarPartner.Models;
using YeastarPartner.Orders;

namespace YeastarPartner.Commands
{
    /// <summary>
    /// Lists the partner account's orders, newest first, page by page (O2), or one order by number or ID (O3),
    /// which an order piped in binds. O2 takes no filter but paging, so -Status, -Until, -ProductId and
    /// -SerialNumber are applied here (-Since also ends the walk early); O3 is asked, a few at a time, where the
    /// filter needs what O2 does not say and for every order with -Detailed. -Skip and -First count the
    /// matching orders, so they are applied here rather than by the page walk.
    /// </summary>
    [Cmdlet(VerbsCommon.Get, "YsOrder", SupportsPaging = true, HelpUri = HelpLinks.Base + "Get-YsOrder.md")]
    [OutputType(typeof(YsOrder))]
    public sealed class GetYsOrderCommand : YsApiCmdlet
    {
        /// <summary>An order number or the order's unique ID (O3 takes both); an order piped in binds its number, else its ID.</summary>
        [Parameter(Position = 0, ValueFromPipelineByPropertyName = true)]
        [Alias("Id")]
        [ValidateNotNullOrEmpty]
        public string? OrderNo { get; set; }

        /// <summary>Orders for these devices. Empty values (an order piped in whose device is not known) are ignored.</summary>
        [Parameter(ValueFromPipelineByPropertyName = true)]
        [Alias("SN", "ProductNo")]
        [AllowNull, AllowEmptyString, AllowEmptyCollection]
        public string[]? SerialNumber { get; set; }

        /// <summary>Only orders created at or after this time.</summary>
        [Parameter]
        public DateTime? Since { get; set; }

        /// <summary>Only orders created at or before this time.</summary>
        [Parameter]
        public DateTime? Until { get; set; }

        /// <summary>Only orders of these products (Get-YsAvailableProduct).</summary>
        [Parameter]
        [ArgumentCompleter(typeof(ProductIdCompleter))]
        public int[]? ProductId { get; set; }

        /// <summary>Succeeded, Failed, Pending, Cancelled, Refunded, Invalid, or the Partner Portal's words (succeed, ...).</summary>
        [Parameter]
        [ValidateNotNullOrEmpty]
        [ValidateOrderStatus]
        [ArgumentCompleter(typeof(OrderStatusCompleter))]
        public string[]? Status { get; set; }

        /// <summary>Adds each order's details (O3): device, product, billing contact, plans and services, amount.</summary>
        [Parameter]
        public SwitchParameter Detailed { get; set; }

        protected override object? ErrorTarget => (object?)OrderNo ?? SerialNumbers();

        protected override void ProcessApiRecord()
        {
            var client = ActiveConnection.Client;
            var serialNumbers = SerialNumbers();
            var search = new OrderSearch
            {
                OrderNo = OrderNo,
                SerialNumbers = serialNumbers.Length == 0 ? null : new HashSet<string>(serialNumbers, StringComparer.OrdinalIgnoreCase),
                ProductIds = ProductId == null || ProductId.Length == 0 ? null : new HashSet<int>(ProductId),
                Since = Since.HasValue ? new DateTimeOffset(Since.Value) : (DateTimeOffset?)null,
                Until = Until.HasValue ? new DateTimeOffset(Until.Value) : (DateTimeOffset?)null,
                Statuses = Status == null ? null : new HashSet<string>(Status.Select(s => OrderStatusWords.ToWire(s)!), StringComparer.OrdinalIgnoreCase),
                Detailed = Detailed,
            };
            if (OrderNo != null)
            {
                // One order (O3): its count is known once it is read.
                var found = new List<YsOrder>();
                RunAsync((_, ct) => client.FindOrdersAsync(search, order => { found.Add(new YsOrder(order)); return true; }, ct));
                WritePaged(found);
                return;
            }
            // O2's total counts every order; the ones a filter keeps are known only at the end of the walk.
            var filtered = search.SerialNumbers != null || search.ProductIds != null || Since.HasValue || Until.HasValue || Status != null;
            if (PagingParameters.IncludeTotalCount)
                WriteTotalCount(filtered ? null : RunAsync(async ct => PageStream.TotalOf(await client.GetOrderPageAsync(1, 1, ct).ConfigureAwait(false))));
            ulong skipped = 0, written = 0;
            RunAsync((writer, ct) => client.FindOrdersAsync(search, order =>
            {
                if (skipped < PagingParameters.Skip) { skipped++; return true; }
                if (written >= PagingParameters.First) return false;
                written++;
                writer.WriteObject(new YsOrder(order));
                return written < PagingParameters.First;
            }, ct), StreamBufferLimit);
        }

        private string[] SerialNumbers() =>
            SerialNumber == null ? Array.Empty<string>() : SerialNumber.Where(s => !string.IsNullOrWhiteSpace(s)).Select(s => s.Trim()).ToArray();
    }
}
