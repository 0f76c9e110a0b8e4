using System.Collections;
using System.Collections.Generic;
using YeastarPartner.Client.Models;
using YeastarPartner.Connections;

namespace YeastarPartner.Completers
{
    /// <summary>Tab completion for -RegionId: the Cloud Edition regions (Get-YsRegion), by name or ID.</summary>
    public sealed class RegionIdCompleter : LookupCompleter<Region>
    {
        private protected override string NothingToOffer => "no regions to offer: Connect-YeastarPartner first";

        private protected override IReadOnlyList<Region>? Items(YsConnection connection, string commandName, IDictionary fakeBoundParameters) =>
            CompleterLookup.TryGet(connection.Regions);

        private protected override string? Id(Region item) => item.Id;

        private protected override IEnumerable<string?> Texts(Region item) => new[] { item.Name };

        private protected override string Label(Region item) => item.Name ?? item.Id ?? "";

        private protected override string ToolTip(Region item) => $"{item.Name}: {item.Id}";
    }
}
