using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using YeastarPartner.Client.Orders;

namespace YeastarPartner.Orders
{
    /// <summary>
    /// The checks every order row makes on its raw values before the order builder sees them: text that
    /// must be a serial number, a 64-bit ID or a billing cycle. The section-7 rules are the builder's.
    /// </summary>
    internal static class RowChecks
    {
        /// <summary>
        /// The serial number trimmed and in upper case (<see cref="SerialNumbers.Normalize"/>). Empty is allowed
        /// here: whether the order needs one is rule SerialNumberRequired. <paramref name="plainText"/>: the row
        /// is a bare string (Get-Content), where a header or a whole CSV line gets its own explanation.
        /// </summary>
        public static RowProblem? SerialNumber(string? value, bool plainText, out string? serialNumber)
        {
            serialNumber = null;
            var text = value?.Trim() ?? "";
            if (text.Length == 0) return null;
            var unquoted = text.Trim('"', '\'');
            // A value equal to a serial number column name is a CSV header line read as data.
            if (InputShape.SerialNumberNames.Any(h => string.Equals(h, unquoted, StringComparison.OrdinalIgnoreCase)) || (plainText && unquoted.IndexOfAny(new[] { ',', ';', '\t' }) >= 0))
                return new RowProblem("InputIsCsvText", "SerialNumber", value,
                    $"'{value}' is {(plainText ? "a line of CSV text" : "a CSV header")}, not a serial number: the file was read as plain text.",
                    "Read the file with Import-Csv (Import-Csv devices.csv | New-YsPlanOrder ...), or pipe plain serial numbers without a header line.");
            var normalized = SerialNumbers.Normalize(text);
            if (!SerialNumbers.HasValidCharacters(normalized))
                return new RowProblem("SerialNumberInvalid", "SerialNumber", value, $"the serial number '{value}' contains characters other than letters and digits.",
                    "Correct it to the PBX serial number, e.g. 3631E0997265.");
            if (!SerialNumbers.HasPlausibleLength(normalized))
                return new RowProblem("SerialNumberInvalid", "SerialNumber", value,
                    $"the serial number '{value}' has {normalized.Length} characters; a serial number has {SerialNumbers.MinLength} to {SerialNumbers.MaxLength}.",
                    "Correct it to the PBX serial number, e.g. 3631E0997265 (one serial number per row).");
            serialNumber = normalized;
            return null;
        }

        /// <summary>
        /// -Operation bound as text, so "Renewal" in a CSV is this row's error and never silently the default;
        /// empty means not given (Purchase).
        /// </summary>
        public static RowProblem? Operation(string? value, IReadOnlyCollection<OrderAction> allowed, out OrderAction action)
        {
            action = OrderAction.Purchase;
            var text = value?.Trim() ?? "";
            if (text.Length == 0) return null;
            foreach (var candidate in allowed)
            {
                if (!string.Equals(candidate.ToString(), text, StringComparison.OrdinalIgnoreCase)) continue;
                action = candidate;
                return null;
            }
            var names = string.Join(", ", allowed);
            return new RowProblem("OperationInvalid", "Operation", value, $"operation '{value}' is not one of {names}.", $"Use one of {names} (an empty Operation cell means Purchase).");
        }

        /// <summary>
        /// IDs are bound as text so that a CSV cell such as "abc" or "3.2E+18" is this row's error, not a
        /// binding error without a row number; parsed as Int64 so all 19 digits stay exact.
        /// </summary>
        public static RowProblem? Id(string parameter, string words, string? value, bool required, string fix, out long? id)
        {
            id = null;
            var text = value?.Trim() ?? "";
            if (text.Length == 0)
                return required ? new RowProblem(parameter + "Missing", parameter, value, $"no {words} is given.", fix) : null;
            if (!long.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var parsed) || parsed <= 0)
                return new RowProblem(parameter + "Invalid", parameter, value, $"{words} '{value}' is not a positive 64-bit integer.", fix);
            id = parsed;
            return null;
        }

        /// <summary>
        /// A whole number (multi-cycle years, product ID, quantity) bound as text for the same reason as
        /// <see cref="Id"/>: "two" in a CSV is this row's error. Empty means not given.
        /// </summary>
        public static RowProblem? Count(string parameter, string words, string? value, string fix, out int? count)
        {
            count = null;
            var text = value?.Trim() ?? "";
            if (text.Length == 0) return null;
            if (!int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var parsed))
                return new RowProblem(parameter + "Invalid", parameter, value, $"{words} '{value}' is not a whole number.", fix);
            count = parsed;
            return null;
        }

        public const string BillingContactFix = "Add -BillingContactId with an ID from Get-YsBillingContact (digits only), or a BillingContactId column.";

        /// <summary>Monthly, Annually or (for services) Once, as the wire spells them; null when not given.</summary>
        public static RowProblem? BillingCycle(string? value, bool allowOnce, out string? cycle)
        {
            cycle = null;
            var name = value?.Trim() ?? "";
            if (name.Length == 0) return null;
            foreach (var wire in allowOnce ? new[] { OrderWire.Monthly, OrderWire.Annually, OrderWire.Once } : new[] { OrderWire.Monthly, OrderWire.Annually })
                if (string.Equals(name, wire, StringComparison.OrdinalIgnoreCase)) cycle = wire;
            if (cycle != null) return null;
            var allowed = allowOnce ? "Monthly, Annually or Once" : "Monthly or Annually";
            return new RowProblem("BillingCycleInvalid", "BillingCycle", value, $"billing cycle '{value}' is not {allowed}.", $"Use {allowed}.");
        }

        /// <summary>"Monthly" for "monthly": the spelling of the -BillingCycle parameter.</summary>
        public static string CycleName(string? wire) =>
            string.IsNullOrEmpty(wire) ? "" : char.ToUpperInvariant(wire![0]) + wire.Substring(1);

        /// <summary>
        /// All of an order's rule violations as one row error: the first rule is the ErrorId. On a plan row the
        /// multi-cycle rules keep the ErrorId and words the plan cmdlet has always used (MultiCycleInvalid).
        /// </summary>
        public static RowProblem? FromOrderProblems(IReadOnlyList<OrderProblem> problems, bool planRow)
        {
            if (problems.Count == 0) return null;
            var first = problems[0];
            if (planRow && first.Rule == OrderRule.MonthlyMultiCycleZero)
                return new RowProblem("MultiCycleInvalid", "MultiCycle", first.Value, $"multi-cycle {Show(first.Value)} is not allowed with a monthly plan (it must be 0).", "Remove MultiCycle, or use -BillingCycle Annually with 1 to 5 years.");
            if (planRow && first.Rule == OrderRule.AnnualPlanMultiCycle)
                return new RowProblem("MultiCycleInvalid", "MultiCycle", first.Value, $"multi-cycle {Show(first.Value)} is not allowed with an annual plan (it must be 1 to 5 years).", "Use -MultiCycle 1 to 5.");
            var text = string.Join(" ", problems.Select(RuleFixes.Problem).Distinct());
            var fix = string.Join(" ", problems.Select(RuleFixes.For).Distinct());
            return new RowProblem(first.Rule, first.Field, first.Value, text, fix, string.Join(" ", problems.Select(RuleFixes.Detail)));
        }

        private static string Show(object? value) => RuleFixes.Show(value);
    }
}
