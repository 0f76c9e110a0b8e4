using System.Collections;
using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;
using System.Management.Automation.Language;
using YeastarPartner.Client.Catalog;

namespace YeastarPartner.Completers
{
    /// <summary>Tab completion for -Plan: the Appliance Edition plan names, matched case-insensitively by prefix.</summary>
    public sealed class PlanNameCompleter : IArgumentCompleter
    {
        public IEnumerable<CompletionResult> CompleteArgument(string commandName, string parameterName, string wordToComplete, CommandAst commandAst, IDictionary fakeBoundParameters)
        {
            var prefix = (wordToComplete ?? "").Trim('\'', '"');
            return AppliancePlans.Names
                .Where(n => n.StartsWith(prefix, System.StringComparison.OrdinalIgnoreCase))
                .Select(n => new CompletionResult(n, n, CompletionResultType.ParameterValue, n + " plan"));
        }
    }
}
