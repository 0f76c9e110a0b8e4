using System;
using System.Management.Automation;
using YeastarPartner.Base;

namespace YeastarPartner.Orders
{
    /// <summary>
    /// -MaxOrders and -MaxTotal of one order command. A row is checked and its order and price reserved in one
    /// step, just before it is sent (on the pipeline thread, in row order), so the caps hold whatever
    /// -ThrottleLimit. What is in flight, bought or Unknown stays counted (an Unknown order may have been
    /// bought); only an order the server certainly refused gives its reservation back. Once a row is refused
    /// for the budget, every later row is too: nothing is bought beyond the cap, whatever the order of the rows.
    /// </summary>
    internal sealed class OrderCaps
    {
        private readonly object _lock = new object();
        private readonly int? _maxOrders;
        private readonly decimal? _maxTotal;
        private readonly string? _currency;
        private int _orders;
        private decimal _total;
        private bool _budgetExceeded;

        private OrderCaps(int? maxOrders, decimal? maxTotal, string? currency)
        {
            _maxOrders = maxOrders;
            _maxTotal = maxTotal;
            _currency = currency;
        }

        /// <summary>Null when neither cap is given.</summary>
        public static OrderCaps? For(int? maxOrders, decimal? maxTotal, string? currency) =>
            maxOrders.HasValue || maxTotal.HasValue ? new OrderCaps(maxOrders, maxTotal, currency?.Trim().ToUpperInvariant()) : null;

        /// <summary>True when -MaxTotal needs every row's price.</summary>
        public bool NeedsPrices => _maxTotal.HasValue;

        /// <summary>Reserves the row's order and price; the refusal (a row error, nothing reserved) when a cap forbids it.</summary>
        public ErrorRecord? Reserve(OrderRow row, long rowNumber, object target)
        {
            lock (_lock)
            {
                if (_maxOrders.HasValue && _orders >= _maxOrders.Value)
                    return Refusal("OrderLimitReached", ErrorCategory.QuotaExceeded,
                        $"Row {rowNumber} ({row.Label}): not sent: this run has already sent {_orders} order(s), the -MaxOrders cap of {_maxOrders.Value}.",
                        "Check what was bought, then run the same command again with the same -JournalPath (the rows bought are skipped) and a -MaxOrders that covers the rest.", target);
                var cost = 0m;
                if (_maxTotal.HasValue)
                {
                    var price = row.Price ?? RowPrice.Unknown("it was not looked up");
                    if (!price.IsFree && (!price.IsKnown || !string.Equals(price.Currency, _currency, StringComparison.OrdinalIgnoreCase)))
                        return Refusal("PriceUnknown", ErrorCategory.ResourceUnavailable,
                            $"Row {rowNumber} ({row.Label}): not sent under -MaxTotal: its price {(price.IsKnown ? $"is in {price.Currency}, not {_currency}" : $"is unknown ({price.UnknownBecause})")}, so it cannot be counted against the cap.",
                            $"Check the price with Get-YsPrice; order the row without -MaxTotal, or with -Currency {(price.IsKnown ? price.Currency : "<its currency>")} in a run of its own.", target);
                    cost = price.Amount ?? 0m;
                    if (_budgetExceeded || _total + cost > _maxTotal.Value)
                    {
                        var why = _budgetExceeded
                            ? "an earlier row of this run would have taken it above the cap"
                            : $"this row's {RowPrice.Format(cost, _currency)} would take it to {RowPrice.Format(_total + cost, _currency)}";
                        _budgetExceeded = true;
                        return Refusal("BudgetExceeded", ErrorCategory.QuotaExceeded,
                            $"Row {rowNumber} ({row.Label}): not sent: this run has spent {RowPrice.Format(_total, _currency)} so far (orders in flight and Unknown included) against the -MaxTotal cap of {RowPrice.Format(_maxTotal.Value, _currency)}; {why}, so no later row is sent either.",
                            "Check what was bought, then run the same command again with the same -JournalPath (the rows bought are skipped) and a -MaxTotal that covers the rest.", target);
                    }
                }
                _orders++;
                _total += cost;
                return null;
            }
        }

        /// <summary>The server certainly refused the order (or it was never sent): its reservation is given back.</summary>
        public void Release(OrderRow row)
        {
            lock (_lock)
            {
                _orders--;
                if (_maxTotal.HasValue && row.Price?.Amount is decimal cost) _total -= cost;
            }
        }

        private static ErrorRecord Refusal(string errorId, ErrorCategory category, string message, string fix, object target) =>
            ErrorRecords.Create(errorId, category, message, fix, target);
    }
}
