using System.Collections;
using System.Collections.Generic;
using YeastarPartner.Client.Models;
using YeastarPartner.Connections;

namespace YeastarPartner.Completers
{
    /// <summary>Tab completion for -PartnerId and -AssignId: the subordinate users (Get-YsSubordinateUser), by company, name or e-mail address.</summary>
    public sealed class PartnerIdCompleter : LookupCompleter<SubordinateUser>
    {
        private protected override string NothingToOffer => "no subordinate users to offer: Connect-YeastarPartner first";

        private protected override IReadOnlyList<SubordinateUser>? Items(YsConnection connection, string commandName, IDictionary fakeBoundParameters) =>
            CompleterLookup.TryGet(connection.SubordinateUsers);

        private protected override string? Id(SubordinateUser item) => item.PartnerId;

        private protected override IEnumerable<string?> Texts(SubordinateUser item) => new[] { item.Company, Name(item), item.Email };

        private protected override string Label(SubordinateUser item) => string.IsNullOrEmpty(item.Company) ? Name(item) : $"{item.Company} ({Name(item)})";

        private protected override string ToolTip(SubordinateUser item) => $"{Label(item)}, {item.Email}: {item.PartnerId}";

        private static string Name(SubordinateUser user) => $"{user.FirstName} {user.LastName}".Trim();
    }
}
