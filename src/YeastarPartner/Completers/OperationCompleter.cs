using System;
using System.Collections;
using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;
using System.Management.Automation.Language;

namespace YeastarPartner.Completers
{
    /// <summary>
    /// Tab completion for -Operation. The parameter is a string (not an enum) so that a typo in a CSV row
    /// ("Renewal") becomes that row's error instead of a value PowerShell drops, leaving the default Purchase.
    /// </summary>
    public sealed class OperationCompleter : IArgumentCompleter
    {
        private static readonly string[] PlanOperations = { "Purchase", "Renew", "Switch", "Trial" };
        private static readonly string[] ServiceOperations = { "Purchase", "Renew", "Trial" };

        public IEnumerable<CompletionResult> CompleteArgument(string commandName, string parameterName, string wordToComplete, CommandAst commandAst, IDictionary fakeBoundParameters)
        {
            var operations = string.Equals(commandName, "New-YsServiceOrder", StringComparison.OrdinalIgnoreCase) ? ServiceOperations : PlanOperations;
            var prefix = (wordToComplete ?? "").Trim('\'', '"');
            return operations.Where(o => o.StartsWith(prefix, StringComparison.OrdinalIgnoreCase))
                .Select(o => new CompletionResult(o, o, CompletionResultType.ParameterValue, o));
        }
    }
}
