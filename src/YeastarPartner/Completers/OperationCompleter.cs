using System.Collections.Generic;

namespace YeastarPartner.Completers
{
    /// <summary>
    /// Tab completion for -Operation. The parameter is a string (not an enum) so that a typo in a CSV row
    /// ("Renewal") becomes that row's error instead of a value PowerShell drops, leaving the default Purchase.
    /// </summary>
    public sealed class OperationCompleter : FixedValuesCompleter
    {
        private static readonly KeyValuePair<string, string>[] PlanOperations =
            { Value("Purchase", "purchase_plan"), Value("Renew", "renew_plan"), Value("Switch", "switch_plan"), Value("Trial", "trial_plan") };

        private static readonly KeyValuePair<string, string>[] ServiceOperations =
            { Value("Purchase", "purchase_service"), Value("Renew", "renew_service"), Value("Trial", "trial_service") };

        protected override IEnumerable<KeyValuePair<string, string>> Values(string commandName) =>
            commandName == "New-YsServiceOrder" ? ServiceOperations : PlanOperations;
    }
}
