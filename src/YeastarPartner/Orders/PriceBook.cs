using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using YeastarPartner.Client.Errors;
using YeastarPartner.Client.Models;
using YeastarPartner.Client.Orders;
using YeastarPartner.Connections;

namespace YeastarPartner.Orders
{
    /// <summary>
    /// The price of each order row before it is bought, from the Partner Portal's price query (P9): one call
    /// per product, offering, billing cycle and partner for the whole command, cached. The row's price is the
    /// P9 line of its plan or service times the years of an annual plan (multiCycle), times the quantity of a
    /// service with a quantity (priced per unit: an inference, docs/portal-assumptions.md), and nothing for a
    /// trial. A price that cannot be read is unknown, never 0. Used on the pipeline thread only.
    /// </summary>
    internal sealed class PriceBook
    {
        private readonly YsConnection _connection;
        private readonly Dictionary<(int, string, string, string), Task<PriceInfo>> _prices = new Dictionary<(int, string, string, string), Task<PriceInfo>>();

        public PriceBook(YsConnection connection) => _connection = connection;

        public async Task<RowPrice> QuoteAsync(OrderSpec spec, CancellationToken cancellationToken)
        {
            if (spec.Action == OrderAction.Trial) return RowPrice.Free;
            var item = spec.Items[0];
            var what = (item.IsPlan ? "plan " : "service ") + item.ServiceId;
            if (string.IsNullOrEmpty(item.BillingCycle)) return RowPrice.Unknown($"the {what} has no billing cycle to price");

            var offerings = _connection.Offerings(spec.ProductId, spec.ProductNo);
            if (offerings == null) return RowPrice.Unknown($"the offering of product {spec.ProductId} cannot be read without a serial number");
            Offering offering;
            PriceInfo prices;
            try
            {
                offering = await offerings.GetAsync().ConfigureAwait(false);
                var key = (spec.ProductId, offering.OfferingId ?? "", item.BillingCycle!, spec.PartnerId ?? "");
                if (!_prices.TryGetValue(key, out var query))
                    _prices[key] = query = _connection.Client.GetPriceAsync(spec.ProductId, offering.OfferingId ?? "", item.BillingCycle!, spec.PartnerId, cancellationToken);
                prices = await query.ConfigureAwait(false);
            }
            catch (YeastarApiException e)
            {
                return RowPrice.Unknown($"the Partner Portal's price query failed ({e.Message})");
            }

            var pricingId = offering.PlanList.Concat(offering.ServiceList).FirstOrDefault(o => o.Id == item.ServiceId)?.PricingId;
            var line = prices.Find(item.ServiceId, pricingId);
            if (line == null) return RowPrice.Unknown($"the Partner Portal's price list for product {spec.ProductId}, billed {item.BillingCycle}, has no line for the {what}");
            if (!line.Price.HasValue) return RowPrice.Unknown($"the Partner Portal's price line of the {what} carries no readable price", line);
            if (line.CurrencyCode == null) return RowPrice.Unknown($"the Partner Portal's price line of the {what} names no currency", line);
            return RowPrice.Of(line.Price.Value * Multiplier(item), line.CurrencyCode, line);
        }

        /// <summary>Years of an annual plan (at least one); the quantity of a counted service; else 1.</summary>
        private static int Multiplier(OrderItemSpec item)
        {
            if (item.IsPlan) return item.BillingCycle == OrderWire.Annually ? Math.Max(1, item.MultiCycle ?? 0) : 1;
            return item.Quantity is int quantity && quantity > 0 ? quantity : 1;
        }
    }
}
