using System;
using System.Collections;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Management.Automation;
using System.Management.Automation.Language;
using YeastarPartner.Client.Models;
using YeastarPartner.Connections;

namespace YeastarPartner.Completers
{
    /// <summary>
    /// Tab completion for -BillingContactId: type part of a name, company or email address (or the first
    /// digits of the ID) and Tab inserts the contact's ID. The contacts come from the connection's cache, so
    /// only the first Tab of a few minutes calls the API; Tab never throws and gives up after a few seconds.
    /// </summary>
    public sealed class BillingContactCompleter : IArgumentCompleter
    {
        public IEnumerable<CompletionResult> CompleteArgument(string commandName, string parameterName, string wordToComplete, CommandAst commandAst, IDictionary fakeBoundParameters)
        {
            var contacts = CompleterLookup.TryGet(CompleterConnection.From(fakeBoundParameters)?.BillingContacts);
            if (contacts == null) return Enumerable.Empty<CompletionResult>();

            var word = CompleterLookup.Word(wordToComplete);
            return contacts.Where(c => Matches(c, word))
                .OrderBy(DisplayName, StringComparer.CurrentCultureIgnoreCase)
                .Select(ToResult)
                .ToList();
        }

        private static bool Matches(BillingContact contact, string word) =>
            CompleterLookup.MatchesIdOrText(word, Id(contact), DisplayName(contact), contact.Company, contact.EmailAddress);

        private static CompletionResult ToResult(BillingContact contact)
        {
            var name = DisplayName(contact);
            var listItem = string.IsNullOrEmpty(contact.Company) ? name : $"{name} ({contact.Company})";
            var toolTip = $"{listItem}, {contact.EmailAddress}: {Id(contact)}";
            return new CompletionResult(Id(contact), listItem, CompletionResultType.ParameterValue, toolTip);
        }

        private static string DisplayName(BillingContact contact) => $"{contact.FirstName} {contact.LastName}".Trim();

        private static string Id(BillingContact contact) => contact.BillingContactId.ToString(CultureInfo.InvariantCulture);
    }
}
