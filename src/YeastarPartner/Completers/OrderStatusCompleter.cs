using System;
using System.Collections;
using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;
using System.Management.Automation.Language;

namespace YeastarPartner.Completers
{
    /// <summary>
    /// Tab completion for Get-YsOrder -Status: the orderStatus values the API reference documents for O2.
    /// Completion only, no ValidateSet: the documented list is cut short (a value starting with "con" is
    /// missing), so a status the portal has and this list lacks must still be accepted.
    /// </summary>
    public sealed class OrderStatusCompleter : IArgumentCompleter
    {
        private static readonly KeyValuePair<string, string>[] Statuses =
        {
            new KeyValuePair<string, string>("succeed", "The order went through."),
            new KeyValuePair<string, string>("failed", "The order failed."),
            new KeyValuePair<string, string>("pending", "The order waits for payment in the Partner Portal."),
            new KeyValuePair<string, string>("invalid", "The order is invalid."),
            new KeyValuePair<string, string>("cancelled", "The order was cancelled."),
            new KeyValuePair<string, string>("refunded", "The order was refunded."),
        };

        public IEnumerable<CompletionResult> CompleteArgument(string commandName, string parameterName, string wordToComplete, CommandAst commandAst, IDictionary fakeBoundParameters)
        {
            var prefix = CompleterLookup.Word(wordToComplete);
            return Statuses.Where(s => s.Key.StartsWith(prefix, StringComparison.OrdinalIgnoreCase))
                .Select(s => new CompletionResult(s.Key, s.Key, CompletionResultType.ParameterValue, s.Value))
                .ToList();
        }
    }
}
