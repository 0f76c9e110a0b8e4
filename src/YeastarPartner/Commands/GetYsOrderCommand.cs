using System;
using System.Collections.Generic;
using System.Management.Automation;
using YeastarPartner.Base;
using YeastarPartner.Client.Orders;
using YeastarPartner.Client.Paging;
using YeastarPartner.Completers;
using YeastarPartner.Models;

namespace YeastarPartner.Commands
{
    /// <summary>
    /// Lists the partner account's orders, newest first, page by page (O2), or one order by number (O3).
    /// -SerialNumber looks each candidate up with O3, since O2 items name no device. -Skip and -First count the
    /// matching orders, so they are applied here rather than by the page walk.
    /// </summary>
    [Cmdlet(VerbsCommon.Get, "YsOrder", SupportsPaging = true, HelpUri = HelpLinks.Base + "Get-YsOrder.md")]
    [OutputType(typeof(YsOrder))]
    public sealed class GetYsOrderCommand : YsApiCmdlet
    {
        [Parameter(Position = 0, ValueFromPipelineByPropertyName = true)]
        [ValidateNotNullOrEmpty]
        public string? OrderNo { get; set; }

        [Parameter(ValueFromPipelineByPropertyName = true)]
        [Alias("SN", "ProductNo")]
        [ValidateNotNullOrEmpty]
        public string[]? SerialNumber { get; set; }

        /// <summary>Only orders created at or after this time.</summary>
        [Parameter]
        public DateTime? Since { get; set; }

        /// <summary>The API's orderStatus, e.g. succeed or pending.</summary>
        [Parameter]
        [ValidateNotNullOrEmpty]
        [ArgumentCompleter(typeof(OrderStatusCompleter))]
        public string? Status { get; set; }

        protected override object? ErrorTarget => (object?)OrderNo ?? SerialNumber;

        protected override void ProcessApiRecord()
        {
            var client = ActiveConnection.Client;
            var search = new OrderSearch
            {
                OrderNo = OrderNo,
                SerialNumbers = SerialNumber == null ? null : new HashSet<string>(Array.ConvertAll(SerialNumber, s => s.Trim()), StringComparer.OrdinalIgnoreCase),
                Since = Since.HasValue ? new DateTimeOffset(Since.Value) : (DateTimeOffset?)null,
                Status = Status,
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
            if (PagingParameters.IncludeTotalCount)
                WriteTotalCount(SerialNumber != null || Since.HasValue || Status != null ? null : RunAsync(async ct => PageStream.TotalOf(await client.GetOrderPageAsync(1, 1, ct).ConfigureAwait(false))));
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
    }
}
