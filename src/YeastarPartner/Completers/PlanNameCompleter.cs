using System;
using System.Collections;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Management.Automation;
using System.Management.Automation.Language;
using YeastarPartner.Client.Orders;
using YeastarPartner.Orders;

namespace YeastarPartner.Completers
{
    /// <summary>
    /// Tab completion for -Plan: the plan names of the command line's -ProductId (default 11), from the
    /// connection's cached offerings (the same cache -Plan resolves through), else the published Appliance
    /// Edition plans. Matched case-insensitively by prefix; Tab never throws and gives up after a few seconds.
    /// </summary>
    public sealed class PlanNameCompleter : IArgumentCompleter
    {
        public IEnumerable<CompletionResult> CompleteArgument(string commandName, string parameterName, string wordToComplete, CommandAst commandAst, IDictionary fakeBoundParameters)
        {
            var productId = ProductIdFrom(fakeBoundParameters);
            var prefix = CompleterLookup.Word(wordToComplete);
            return (LivePlans(fakeBoundParameters, productId) ?? PlanNames.Published(productId)).Names
                .Where(n => n.StartsWith(prefix, StringComparison.OrdinalIgnoreCase))
                .Select(n => new CompletionResult(n.IndexOf(' ') >= 0 ? $"'{n}'" : n, n, CompletionResultType.ParameterValue, n + " plan"))
                .ToList();
        }

        private static PlanNames? LivePlans(IDictionary fakeBoundParameters, int productId)
        {
            // No network, no token, no such device: the published names rather than an error mid-typing.
            var offering = CompleterLookup.TryGet(CompleterConnection.From(fakeBoundParameters)?.Offerings(productId, fakeBoundParameters?["SerialNumber"]?.ToString()));
            if (offering == null) return null;
            var plans = PlanNames.FromPlans(offering.PlanList);
            return plans.Names.Any() ? plans : null;
        }

        private static int ProductIdFrom(IDictionary fakeBoundParameters) =>
            int.TryParse(fakeBoundParameters?["ProductId"]?.ToString(), NumberStyles.None, CultureInfo.InvariantCulture, out var id) ? id : ProductIds.ApplianceEdition;
    }
}
