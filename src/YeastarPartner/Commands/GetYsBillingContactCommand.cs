using System.Linq;
using System.Management.Automation;
using YeastarPartner.Base;
using YeastarPartner.Client.Models;
using YeastarPartner.Completers;

namespace YeastarPartner.Commands
{
    /// <summary>Lists the billing contacts (U1), filtered by name, company, email or ID.</summary>
    [Cmdlet(VerbsCommon.Get, "YsBillingContact", DefaultParameterSetName = "Filter", HelpUri = HelpLinks.Base + "Get-YsBillingContact.md")]
    [OutputType(typeof(BillingContact))]
    public sealed class GetYsBillingContactCommand : YsApiCmdlet
    {
        /// <summary>Wildcard over first name, last name, "first last" and company.</summary>
        [Parameter(Position = 0, ParameterSetName = "Filter")]
        [SupportsWildcards]
        public string? Name { get; set; }

        [Parameter(ParameterSetName = "Filter")]
        [SupportsWildcards]
        public string? Email { get; set; }

        [Parameter(Mandatory = true, ParameterSetName = "Id", ValueFromPipelineByPropertyName = true)]
        [Alias("BillingId")]
        [ArgumentCompleter(typeof(BillingContactCompleter))]
        public long BillingContactId { get; set; }

        protected override object? ErrorTarget => ParameterSetName == "Id" ? BillingContactId : (object?)Name ?? Email;

        protected override void ProcessApiRecord()
        {
            var connection = ActiveConnection;
            var contacts = RunAsync(ct => connection.Client.GetBillingContactsAsync(ct));
            connection.BillingContacts.Set(contacts);
            var name = Name == null ? null : new WildcardPattern(Name, WildcardOptions.IgnoreCase);
            var email = Email == null ? null : new WildcardPattern(Email, WildcardOptions.IgnoreCase);

            var matches = contacts.Where(c =>
                ParameterSetName == "Id"
                    ? c.BillingContactId == BillingContactId
                    : (name == null || MatchesName(name, c)) && (email == null || email.IsMatch(c.EmailAddress ?? ""))).ToList();

            if (matches.Count == 0 && (ParameterSetName == "Id" || (Name != null && !WildcardPattern.ContainsWildcardCharacters(Name))))
            {
                var what = ParameterSetName == "Id" ? $"ID {BillingContactId}" : $"name '{Name}'";
                WriteError(ErrorRecords.Create("BillingContactNotFound", ErrorCategory.ObjectNotFound,
                    $"No billing contact with {what}.", "Run Get-YsBillingContact without parameters to list them all.", ErrorTarget));
                return;
            }
            foreach (var contact in matches) WriteObject(contact);
        }

        private static bool MatchesName(WildcardPattern pattern, BillingContact c) =>
            pattern.IsMatch(c.FirstName ?? "") || pattern.IsMatch(c.LastName ?? "")
            || pattern.IsMatch($"{c.FirstName} {c.LastName}".Trim()) || pattern.IsMatch(c.Company ?? "");
    }
}
