using System;
using System.Collections;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Management.Automation;
using System.Management.Automation.Language;
using YeastarPartner.Client.Models;
using YeastarPartner.Client.Orders;

namespace YeastarPartner.Completers
{
    /// <summary>
    /// Tab completion for -SerialNumber: the account's devices of the command line's -ProductId (Appliance
    /// Edition when none is given; Software Edition for Get-YsActivationCode, whose licenses those are), read
    /// through the connection's cache. Type part of a serial number or a plan name; nothing when not connected.
    /// </summary>
    public sealed class SerialNumberCompleter : IArgumentCompleter
    {
        private const string Why = "no serial numbers to offer: Connect-YeastarPartner first, or check -ProductId";

        public IEnumerable<CompletionResult> CompleteArgument(string commandName, string parameterName, string wordToComplete, CommandAst commandAst, IDictionary fakeBoundParameters)
        {
            var products = CompleterLookup.TryGet(CompleterConnection.From(fakeBoundParameters)?.Products(ProductIdFor(commandName, fakeBoundParameters)));
            if (products == null) return CompleterLookup.Nothing(wordToComplete, Why);
            var word = CompleterLookup.Word(wordToComplete);
            return products.Where(p => !string.IsNullOrEmpty(p.ProductNo) && CompleterLookup.MatchesIdOrText(word, p.ProductNo!, p.ProductNo, p.PlanName))
                .OrderBy(p => p.ProductNo, StringComparer.OrdinalIgnoreCase)
                .Select(p => new CompletionResult(p.ProductNo, p.ProductNo, CompletionResultType.ParameterValue,
                    string.IsNullOrEmpty(p.PlanName) ? p.ProductNo : $"{p.ProductNo}: {p.PlanName}"))
                .ToList() is { Count: > 0 } results ? results : CompleterLookup.Nothing(wordToComplete, $"nothing matches '{word}'");
        }

        private static int ProductIdFor(string commandName, IDictionary fakeBoundParameters) =>
            int.TryParse(fakeBoundParameters?["ProductId"]?.ToString(), NumberStyles.None, CultureInfo.InvariantCulture, out var id) ? id
            : commandName == "Get-YsActivationCode" ? ProductIds.SoftwareEdition
            : ProductIds.ApplianceEdition;
    }
}
