using System;
using System.Collections;
using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;
using System.Management.Automation.Language;

namespace YeastarPartner.Completers
{
    /// <summary>
    /// Tab completion from a fixed list of values, each with a tooltip. For parameters that are plain strings
    /// on purpose (no ValidateSet): a bad value in a CSV row must be that row's error, and a list the docs
    /// cut short must not refuse a value the portal has.
    /// </summary>
    public abstract class FixedValuesCompleter : IArgumentCompleter
    {
        /// <summary>The values offered for <paramref name="commandName"/>, with their tooltips.</summary>
        protected abstract IEnumerable<KeyValuePair<string, string>> Values(string commandName);

        public IEnumerable<CompletionResult> CompleteArgument(string commandName, string parameterName, string wordToComplete, CommandAst commandAst, IDictionary fakeBoundParameters)
        {
            var prefix = CompleterLookup.Word(wordToComplete);
            return Values(commandName).Where(v => v.Key.StartsWith(prefix, StringComparison.OrdinalIgnoreCase))
                .Select(v => new CompletionResult(v.Key, v.Key, CompletionResultType.ParameterValue, v.Value))
                .ToList();
        }

        protected static KeyValuePair<string, string> Value(string value, string tooltip) => new KeyValuePair<string, string>(value, tooltip);
    }
}
