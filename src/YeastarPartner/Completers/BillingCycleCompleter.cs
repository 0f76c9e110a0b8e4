using System.Collections.Generic;

namespace YeastarPartner.Completers
{
    /// <summary>
    /// Tab completion for -BillingCycle. The parameter is a string (not a ValidateSet) so that a bad value in
    /// a CSV row becomes a row error naming the row, instead of a binding error that names none.
    /// </summary>
    public sealed class BillingCycleCompleter : FixedValuesCompleter
    {
        private static readonly KeyValuePair<string, string>[] PlanCycles = { Value("Monthly", "Monthly"), Value("Annually", "Annually") };
        private static readonly KeyValuePair<string, string>[] ServiceCycles = { Value("Monthly", "Monthly"), Value("Annually", "Annually"), Value("Once", "Once: a one-off service") };

        protected override IEnumerable<KeyValuePair<string, string>> Values(string commandName) =>
            commandName == "New-YsServiceOrder" ? ServiceCycles : PlanCycles;
    }
}
