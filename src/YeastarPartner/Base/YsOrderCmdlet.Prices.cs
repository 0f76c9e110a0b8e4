using System.Management.Automation;
using YeastarPartner.Orders;

namespace YeastarPartner.Base
{
    /// <summary>
    /// Prices and caps of the order cmdlets: every row's price from the Partner Portal before it is bought,
    /// -MaxOrders and -MaxTotal (held by <see cref="OrderCaps"/> in the batch), and the totals per currency a
    /// command ends with, under -WhatIf what it would buy.
    /// </summary>
    public abstract partial class YsOrderCmdlet
    {
        private PriceBook? _priceBook;
        private OrderCaps? _caps;
        private bool _whatIf;
        private readonly SpendTally _wouldBuy = new SpendTally();
        private int _wouldRefuse;

        /// <summary>At most this many orders are sent by the command; in flight, bought and Unknown all count.</summary>
        [Parameter]
        [ValidateRange(1, int.MaxValue)]
        public int? MaxOrders { get; set; }

        /// <summary>The most the command may spend in -Currency, by the Partner Portal's prices before ordering.</summary>
        [Parameter]
        [ValidateRange(0, double.MaxValue)]
        public decimal? MaxTotal { get; set; }

        /// <summary>The currency of -MaxTotal (USD, RMB...); required with it.</summary>
        [Parameter]
        [ValidateNotNullOrEmpty]
        public string? Currency { get; set; }

        /// <summary>Called from BeginProcessing: checks the caps' parameters and sets up the price book.</summary>
        private OrderCaps? PrepareCaps()
        {
            if (MaxTotal.HasValue != (Currency != null))
                ThrowTerminatingError(ErrorRecords.Create("MaxTotalNeedsCurrency", ErrorCategory.InvalidArgument,
                    MaxTotal.HasValue ? $"-MaxTotal {MaxTotal} is given without -Currency: a cap on money needs its currency." : $"-Currency {Currency} is given without -MaxTotal; it names the currency of -MaxTotal only.",
                    "Give -MaxTotal and -Currency together, e.g. -MaxTotal 500 -Currency USD.", null));
            _whatIf = IsWhatIf();
            _priceBook = new PriceBook(ActiveConnection);
            return _caps = OrderCaps.For(MaxOrders, MaxTotal, Currency);
        }

        /// <summary>
        /// Looks up the row's price. Under -WhatIf, also checks the caps as the batch would at send time and
        /// tallies what would be bought; false when the row would be refused (it is then said, not asked).
        /// </summary>
        private bool PriceRow(OrderRow row, object target)
        {
            row.Price = RunAsync(ct => _priceBook!.QuoteAsync(row.Spec, ct));
            if (row.Price.UnknownBecause != null) WriteVerbose($"Row {RowNumber} ({row.Label}): the price is unknown: {row.Price.UnknownBecause}.");
            if (!_whatIf) return true;
            if (_caps?.Reserve(row, RowNumber, target) is ErrorRecord refused)
            {
                _wouldRefuse++;
                WriteWarning($"What if: {refused.ErrorDetails.Message} ({refused.FullyQualifiedErrorId})");
                return false;
            }
            _wouldBuy.Add(row.Price);
            return true;
        }

        /// <summary>
        /// Under -WhatIf, what it would buy: one line per currency (tag YeastarPartner.Spend), shown like its What
        /// if lines. What a real run bought per currency is part of its summary line (<see cref="OrderBatch.Complete"/>).
        /// </summary>
        private void WriteWhatIfTotals()
        {
            if (!_whatIf) return;
            var refused = _wouldRefuse > 0 ? $"; {_wouldRefuse} row(s) would be refused by a cap" : "";
            if (_wouldBuy.IsEmpty && _wouldRefuse == 0) return;
            foreach (var line in _wouldBuy.Lines("What if: would buy "))
                WriteInformation(new HostInformationMessage { Message = line + refused }, new[] { "PSHOST", "YeastarPartner.Spend" });
        }
    }
}
