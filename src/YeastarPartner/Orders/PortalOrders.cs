using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using YeastarPartner.Base;
using YeastarPartner.Client;
using YeastarPartner.Client.Errors;
using YeastarPartner.Client.Orders;

namespace YeastarPartner.Orders
{
    /// <summary>
    /// The Partner Portal's order history for one command, read at most once. -Reconcile and -SkipOrderedSince
    /// both need it: the one walk starts at the earlier of the times they need, and each takes its own part.
    /// </summary>
    internal sealed class PortalOrders
    {
        private const string Activity = "The Partner Portal's orders";
        private readonly YeastarClient _client;
        private readonly DateTimeOffset? _since;
        private IReadOnlyList<FoundOrder>? _orders;

        /// <param name="needed">The times from which orders are needed; null entries are ignored.</param>
        public PortalOrders(YeastarClient client, params DateTimeOffset?[] needed)
        {
            _client = client;
            var times = needed.Where(t => t.HasValue).Select(t => t!.Value).ToList();
            _since = times.Count == 0 ? (DateTimeOffset?)null : times.Min();
        }

        /// <summary>The orders created at or after <paramref name="since"/> (or of unknown time), each with its device where the portal says it.</summary>
        public async Task<IReadOnlyList<FoundOrder>> SinceAsync(DateTimeOffset since, PipelineWriter writer, CancellationToken cancellationToken)
        {
            if (_since == null || since < _since) throw new InvalidOperationException($"Orders since {MessageTime.Format(since)} were not announced to the history (it starts at {MessageTime.Format(_since)}).");
            if (_orders == null)
            {
                try
                {
                    _orders = await _client.GetOrdersSinceAsync(_since.Value, OrderLookupProgress.Options(writer, Activity, _since.Value), cancellationToken).ConfigureAwait(false);
                }
                catch (YeastarApiException e)
                {
                    // The cause (which call, which order, its status, API code and request ID) stays in the message.
                    throw new YeastarApiException(e.Kind, e.Method, e.Path, $"The Partner Portal's orders since {_since.Value:u} could not be checked, so no order was sent: {e.Message}",
                        e.HttpStatus, e.ApiCode, e.DetailMessage, e.RequestId, e.RequestMayHaveBeenProcessed, e);
                }
                OrderLookupProgress.Complete(writer, Activity);
            }
            return _orders.Where(o => !o.CreateTime.HasValue || o.CreateTime >= since).ToList();
        }

        /// <summary>The orders that bought something, by device (upper case serial number).</summary>
        public static ILookup<string, FoundOrder> PurchasesByDevice(IEnumerable<FoundOrder> orders) =>
            orders.Where(o => o.SerialNumber != null && o.Facts.CountsAsPurchase).ToLookup(o => o.SerialNumber!, StringComparer.OrdinalIgnoreCase);
    }
}
