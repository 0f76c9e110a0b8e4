using System;
using System.Collections;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Management.Automation;
using System.Management.Automation.Language;

namespace YeastarPartner.Completers
{
    /// <summary>
    /// Tab completion for -ServiceId: the services of the command line's -ProductId (and -SerialNumber, which
    /// products 9 and 11 need to list them), from the connection's cached offerings, the same cache -Plan
    /// resolves through. Type part of a service name; its 19-digit ID is inserted.
    /// </summary>
    public sealed class ServiceIdCompleter : IArgumentCompleter
    {
        private const string Why = "no services to offer: give -ProductId (and -SerialNumber for products 9 and 11) and Connect-YeastarPartner first";

        public IEnumerable<CompletionResult> CompleteArgument(string commandName, string parameterName, string wordToComplete, CommandAst commandAst, IDictionary fakeBoundParameters)
        {
            if (!int.TryParse(fakeBoundParameters?["ProductId"]?.ToString(), NumberStyles.None, CultureInfo.InvariantCulture, out var productId)) return CompleterLookup.Nothing(wordToComplete, Why);
            var offering = CompleterLookup.TryGet(CompleterConnection.From(fakeBoundParameters!)?.Offerings(productId, fakeBoundParameters!["SerialNumber"]?.ToString()));
            if (offering == null) return CompleterLookup.Nothing(wordToComplete, Why);
            var word = CompleterLookup.Word(wordToComplete);
            return offering.ServiceList.Where(s => CompleterLookup.MatchesIdOrText(word, Id(s.Id), s.Name))
                .OrderBy(s => s.Name, StringComparer.CurrentCultureIgnoreCase)
                .Select(s => new CompletionResult(Id(s.Id), s.Name ?? Id(s.Id), CompletionResultType.ParameterValue, $"{s.Name}, billed {s.BillingCycle}: {Id(s.Id)}"))
                .ToList() is { Count: > 0 } results ? results : CompleterLookup.Nothing(wordToComplete, $"nothing matches '{word}'");
        }

        private static string Id(long id) => id.ToString(CultureInfo.InvariantCulture);
    }
}
