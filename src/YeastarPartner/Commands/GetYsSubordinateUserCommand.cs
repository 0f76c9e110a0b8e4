using System.Management.Automation;
using YeastarPartner.Base;
using YeastarPartner.Client.Models;
using YeastarPartner.Completers;

namespace YeastarPartner.Commands
{
    /// <summary>U2: the subordinate users (customers), filtered by name or company; with -PartnerId, U3: one user.</summary>
    [Cmdlet(VerbsCommon.Get, "YsSubordinateUser", DefaultParameterSetName = FilterSet, HelpUri = HelpLinks.Base + "Get-YsSubordinateUser.md")]
    [OutputType(typeof(SubordinateUser))]
    public sealed class GetYsSubordinateUserCommand : YsApiCmdlet
    {
        private const string FilterSet = "Filter";

        /// <summary>Wildcard over company, first name, last name and email.</summary>
        [Parameter(Position = 0, ParameterSetName = FilterSet)]
        [SupportsWildcards]
        public string? Name { get; set; }

        /// <summary>The partner ID, or the user's Yeastar ID (email).</summary>
        [Parameter(Mandatory = true, ParameterSetName = "Id", ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
        [Alias("YeastarId", "Email")]
        [ArgumentCompleter(typeof(PartnerIdCompleter))]
        public string PartnerId { get; set; } = "";

        protected override object? ErrorTarget => ParameterSetName == FilterSet ? Name : PartnerId;

        protected override void ProcessApiRecord()
        {
            var client = ActiveConnection.Client;
            if (ParameterSetName != FilterSet)
            {
                WriteObject(RunAsync(ct => client.GetSubordinateUserAsync(PartnerId, ct)));
                return;
            }
            var pattern = Name == null ? null : new WildcardPattern(Name, WildcardOptions.IgnoreCase);
            foreach (var user in RunAsync(ct => client.GetSubordinateUsersAsync(ct)))
                if (pattern == null || Matches(pattern, user)) WriteObject(user);
        }

        private static bool Matches(WildcardPattern pattern, SubordinateUser u) =>
            pattern.IsMatch(u.Company ?? "") || pattern.IsMatch(u.FirstName ?? "") || pattern.IsMatch(u.LastName ?? "")
            || pattern.IsMatch($"{u.FirstName} {u.LastName}".Trim()) || pattern.IsMatch(u.Email ?? "");
    }
}
