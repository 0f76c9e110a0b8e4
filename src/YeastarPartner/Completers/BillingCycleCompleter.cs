using System.Collections;
using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;
using System.Management.Automation.Language;

namespace YeastarPartner.Completers
{
    /// <summary>
    /// Tab completion for -BillingCycle. The parameter is a string (not a ValidateSet) so that a bad value in
    /// a CSV row becomes a row error naming the row, instead of a binding error that names none.
    /// </summary>
    public sealed class BillingCycleCompleter : IArgumentCompleter
    {
        private static readonly string[] Cycles = { "Monthly", "Annually" };

        public IEnumerable<CompletionResult> CompleteArgument(string commandName, string parameterName, string wordToComplete, CommandAst commandAst, IDictionary fakeBoundParameters)
        {
            var prefix = CompleterLookup.Word(wordToComplete);
            return Cycles.Where(c => c.StartsWith(prefix, System.StringComparison.OrdinalIgnoreCase))
                .Select(c => new CompletionResult(c, c, CompletionResultType.ParameterValue, c));
        }
    }
}
