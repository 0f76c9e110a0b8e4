using System;
using System.Collections;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Management.Automation;
using System.Management.Automation.Language;
using YeastarPartner.Client.Catalog;
using YeastarPartner.Client.Models;

namespace YeastarPartner.Completers
{
    /// <summary>
    /// Tab completion for -ProductId: type part of a product name (or the first digits of its ID) and Tab
    /// inserts the ID as text, whatever the parameter's type (an int or a string bound from CSV). The products
    /// come from the connection's cached P1 list; without a connection, from the documented product table.
    /// </summary>
    public sealed class ProductIdCompleter : IArgumentCompleter
    {
        public IEnumerable<CompletionResult> CompleteArgument(string commandName, string parameterName, string wordToComplete, CommandAst commandAst, IDictionary fakeBoundParameters)
        {
            var products = CompleterLookup.TryGet(CompleterConnection.From(fakeBoundParameters)?.AvailableProducts) ?? PublishedProducts.All;
            var word = CompleterLookup.Word(wordToComplete);
            return products.Where(p => Matches(p, word))
                .OrderBy(p => p.ProductId)
                .Select(ToResult)
                .ToList();
        }

        private static bool Matches(AvailableProduct product, string word) =>
            CompleterLookup.MatchesIdOrText(word, Id(product), product.Name, PublishedProducts.All.FirstOrDefault(p => p.ProductId == product.ProductId)?.Name);

        /// <summary>
        /// The documented name labels a product whether or not a connection is there, so the list reads the same
        /// while a script is written and while it runs; the account's own name, where it differs, is in the tooltip.
        /// </summary>
        private static CompletionResult ToResult(AvailableProduct product)
        {
            var published = PublishedProducts.All.FirstOrDefault(p => p.ProductId == product.ProductId)?.Name;
            var name = published ?? (string.IsNullOrEmpty(product.Name) ? $"Product {Id(product)}" : product.Name!);
            var live = !string.IsNullOrEmpty(product.Name) && product.Name != name ? $" (in this account: {product.Name})" : "";
            return new CompletionResult(Id(product), name, CompletionResultType.ParameterValue, $"{name}{live}: {Id(product)}");
        }

        private static string Id(AvailableProduct product) => product.ProductId.ToString(CultureInfo.InvariantCulture);
    }
}
