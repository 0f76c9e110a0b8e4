using System;
using System.Collections;
using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;
using System.Management.Automation.Language;
using YeastarPartner.Client.Models;

namespace YeastarPartner.Completers
{
    /// <summary>
    /// Tab completion for -PartnerId: the account's subordinate users (Get-YsSubordinateUser), by company,
    /// name or e-mail address (or the first digits of the ID), through the connection's cache.
    /// </summary>
    public sealed class PartnerIdCompleter : IArgumentCompleter
    {
        private const string Why = "no subordinate users to offer: Connect-YeastarPartner first";

        public IEnumerable<CompletionResult> CompleteArgument(string commandName, string parameterName, string wordToComplete, CommandAst commandAst, IDictionary fakeBoundParameters)
        {
            var users = CompleterLookup.TryGet(CompleterConnection.From(fakeBoundParameters)?.SubordinateUsers);
            if (users == null) return CompleterLookup.Nothing(wordToComplete, Why);
            var word = CompleterLookup.Word(wordToComplete);
            return users.Where(u => !string.IsNullOrEmpty(u.PartnerId) && CompleterLookup.MatchesIdOrText(word, u.PartnerId!, u.Company, Name(u), u.Email))
                .OrderBy(Label, StringComparer.CurrentCultureIgnoreCase)
                .Select(u => new CompletionResult(u.PartnerId, Label(u), CompletionResultType.ParameterValue, $"{Label(u)}, {u.Email}: {u.PartnerId}"))
                .ToList() is { Count: > 0 } results ? results : CompleterLookup.Nothing(wordToComplete, $"nothing matches '{word}'");
        }

        private static string Name(SubordinateUser user) => $"{user.FirstName} {user.LastName}".Trim();

        private static string Label(SubordinateUser user) => string.IsNullOrEmpty(user.Company) ? Name(user) : $"{user.Company} ({Name(user)})";
    }
}
