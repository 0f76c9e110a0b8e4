using System;
using System.Collections;
using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;
using System.Management.Automation.Language;
using YeastarPartner.Connections;

namespace YeastarPartner.Completers
{
    /// <summary>
    /// Tab completion from something the account has (devices, subordinate users, services, regions), read
    /// through the connection's cache: type part of a name (or the first digits of the ID) and Tab inserts the
    /// ID. With nothing to offer it says why instead of letting PowerShell offer file names.
    /// </summary>
    public abstract class LookupCompleter<T> : IArgumentCompleter where T : class
    {
        /// <summary>The tooltip when there is nothing to offer at all (not connected, nothing to look up).</summary>
        private protected abstract string NothingToOffer { get; }

        /// <summary>The items for this command line, or null when they cannot be read (see <see cref="CompleterLookup.TryGet{T}"/>).</summary>
        private protected abstract IReadOnlyList<T>? Items(YsConnection connection, string commandName, IDictionary fakeBoundParameters);

        /// <summary>What Tab inserts; items without one are not offered.</summary>
        private protected abstract string? Id(T item);

        /// <summary>The texts a word that is not all digits is looked for in.</summary>
        private protected abstract IEnumerable<string?> Texts(T item);

        private protected abstract string Label(T item);

        private protected abstract string ToolTip(T item);

        public IEnumerable<CompletionResult> CompleteArgument(string commandName, string parameterName, string wordToComplete, CommandAst commandAst, IDictionary fakeBoundParameters)
        {
            var connection = CompleterConnection.From(fakeBoundParameters);
            var items = connection == null ? null : Items(connection, commandName, fakeBoundParameters);
            if (items == null) return CompleterLookup.Nothing(wordToComplete, NothingToOffer);
            var word = CompleterLookup.Word(wordToComplete);
            var results = items.Where(i => Id(i) is string id && id.Length > 0 && CompleterLookup.MatchesIdOrText(word, id, Texts(i).ToArray()))
                .OrderBy(Label, StringComparer.CurrentCultureIgnoreCase)
                .Select(i => new CompletionResult(Id(i), Label(i), CompletionResultType.ParameterValue, ToolTip(i)))
                .ToList();
            return results.Count > 0 ? results : CompleterLookup.Nothing(wordToComplete, $"nothing matches '{word}'");
        }
    }
}
