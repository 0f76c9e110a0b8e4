using System;
using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;
using System.Threading.Tasks;
using YeastarPartner.Connections;

namespace YeastarPartner.Completers
{
    /// <summary>
    /// What every completer does with the API: read through the connection's cache, wait a few seconds at
    /// most, and never throw. A Tab that raises an error or hangs in the middle of typing is worse than a Tab
    /// that offers nothing.
    /// </summary>
    internal static class CompleterLookup
    {
        private static readonly TimeSpan MaxWait = TimeSpan.FromSeconds(10);

        /// <summary>The cached value, or null when there is no lookup or it failed or took too long.</summary>
        public static T? TryGet<T>(CachedLookup<T>? lookup) where T : class
        {
            if (lookup == null) return null;
            try
            {
                Task<T> load = lookup.GetAsync();
                return load.Wait(MaxWait) ? load.Result : null;
            }
            catch (AggregateException)
            {
                // No network, no token, no such device.
                return null;
            }
        }

        /// <summary>
        /// Whether an item matches the word typed: digits match the start of its ID, anything else matches
        /// anywhere in one of its texts (or as a wildcard pattern when it has wildcards).
        /// </summary>
        public static bool MatchesIdOrText(string word, string id, params string?[] texts)
        {
            if (word.Length == 0) return true;
            if (word.All(char.IsDigit)) return id.StartsWith(word, StringComparison.Ordinal);
            var pattern = new WildcardPattern(WildcardPattern.ContainsWildcardCharacters(word) ? word : $"*{word}*", WildcardOptions.IgnoreCase);
            return texts.Any(text => pattern.IsMatch(text ?? ""));
        }

        /// <summary>
        /// What a completer offers when it has nothing: the word as typed (a space when nothing is typed), with the
        /// reason as its tooltip. An empty answer would make PowerShell complete file names instead, and no file
        /// name is ever a serial number, partner, service or region.
        /// </summary>
        public static IEnumerable<CompletionResult> Nothing(string? wordToComplete, string why)
        {
            var word = string.IsNullOrEmpty(wordToComplete) ? " " : wordToComplete!;
            return new[] { new CompletionResult(word, $"({why})", CompletionResultType.ParameterValue, why) };
        }

        /// <summary>The word typed so far, without the quotes PowerShell passes along.</summary>
        public static string Word(string? wordToComplete) => (wordToComplete ?? "").Trim('\'', '"');
    }
}
