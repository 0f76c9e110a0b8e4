using System;
using System.Collections;
using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;
using System.Management.Automation.Language;

namespace YeastarPartner.Completers
{
    /// <summary>Tab completion for -RegionId: the Cloud Edition regions (Get-YsRegion), by name or ID, through the connection's cache.</summary>
    public sealed class RegionIdCompleter : IArgumentCompleter
    {
        private const string Why = "no regions to offer: Connect-YeastarPartner first";

        public IEnumerable<CompletionResult> CompleteArgument(string commandName, string parameterName, string wordToComplete, CommandAst commandAst, IDictionary fakeBoundParameters)
        {
            var regions = CompleterLookup.TryGet(CompleterConnection.From(fakeBoundParameters)?.Regions);
            if (regions == null) return CompleterLookup.Nothing(wordToComplete, Why);
            var word = CompleterLookup.Word(wordToComplete);
            return regions.Where(r => !string.IsNullOrEmpty(r.Id) && CompleterLookup.MatchesIdOrText(word, r.Id!, r.Name))
                .OrderBy(r => r.Name, StringComparer.CurrentCultureIgnoreCase)
                .Select(r => new CompletionResult(r.Id, r.Name ?? r.Id, CompletionResultType.ParameterValue, $"{r.Name}: {r.Id}"))
                .ToList() is { Count: > 0 } results ? results : CompleterLookup.Nothing(wordToComplete, $"nothing matches '{word}'");
        }
    }
}
