using System.Globalization;
using YeastarPartner.Client.Models;

namespace YeastarPartner.Orders
{
    /// <summary>
    /// What one order row costs by the Partner Portal's price before ordering (P9): an amount and its currency,
    /// nothing for a trial, or unknown with the reason. Unknown is never 0: a cap treats it as a refusal.
    /// </summary>
    internal sealed class RowPrice
    {
        private RowPrice(decimal? amount, string? currency, PriceItem? source, string? unknownBecause)
        {
            Amount = amount;
            Currency = currency;
            Source = source;
            UnknownBecause = unknownBecause;
        }

        /// <summary>Null when unknown.</summary>
        public decimal? Amount { get; }

        /// <summary>Null for a trial (free in every currency) and when unknown.</summary>
        public string? Currency { get; }

        /// <summary>The P9 line the price was read from, kept as sent (its unnamed fields in Extra).</summary>
        public PriceItem? Source { get; }

        /// <summary>Why the price is unknown; null when it is known.</summary>
        public string? UnknownBecause { get; }

        public bool IsKnown => Amount.HasValue;

        /// <summary>A trial: not billed.</summary>
        public bool IsFree => Amount == 0m && Currency == null;

        public static RowPrice Free { get; } = new RowPrice(0m, null, null, null);

        public static RowPrice Of(decimal amount, string currency, PriceItem source) => new RowPrice(amount, currency, source, null);

        public static RowPrice Unknown(string because, PriceItem? source = null) => new RowPrice(null, null, source, because);

        /// <summary>"400.00 USD": at least two decimals, every one the amount has, invariant culture.</summary>
        public static string Format(decimal amount, string? currency) =>
            (amount.ToString("0.00##########", CultureInfo.InvariantCulture) + " " + (currency ?? "")).TrimEnd();

        /// <summary>How -WhatIf and -Confirm name the price: "at 100.00 USD", "free (trial)" or "price unknown".</summary>
        public static string Describe(RowPrice? price) =>
            price == null || !price.IsKnown ? "price unknown" : price.IsFree ? "free (trial)" : "at " + Format(price.Amount!.Value, price.Currency);

        public override string ToString() => IsFree ? "free (trial)" : IsKnown ? Format(Amount!.Value, Currency) : "unknown";
    }
}
