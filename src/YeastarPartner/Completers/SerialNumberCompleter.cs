using System.Collections;
using System.Collections.Generic;
using System.Globalization;
using YeastarPartner.Client.Models;
using YeastarPartner.Client.Orders;
using YeastarPartner.Connections;

namespace YeastarPartner.Completers
{
    /// <summary>
    /// Tab completion for -SerialNumber: the account's devices of the command line's -ProductId (Appliance
    /// Edition when none is given; Software Edition for Get-YsActivationCode, whose licenses those are), by
    /// serial number or plan name.
    /// </summary>
    public sealed class SerialNumberCompleter : LookupCompleter<InstanceProduct>
    {
        private protected override string NothingToOffer => "no serial numbers to offer: Connect-YeastarPartner first, or check -ProductId";

        private protected override IReadOnlyList<InstanceProduct>? Items(YsConnection connection, string commandName, IDictionary fakeBoundParameters) =>
            CompleterLookup.TryGet(connection.Products(ProductIdFor(commandName, fakeBoundParameters)));

        private protected override string? Id(InstanceProduct item) => item.ProductNo;

        private protected override IEnumerable<string?> Texts(InstanceProduct item) => new[] { item.ProductNo, item.PlanName };

        private protected override string Label(InstanceProduct item) => item.ProductNo ?? "";

        private protected override string ToolTip(InstanceProduct item) => string.IsNullOrEmpty(item.PlanName) ? Label(item) : $"{item.ProductNo}: {item.PlanName}";

        private static int ProductIdFor(string commandName, IDictionary fakeBoundParameters) =>
            int.TryParse(fakeBoundParameters?["ProductId"]?.ToString(), NumberStyles.None, CultureInfo.InvariantCulture, out var id) ? id
            : commandName == "Get-YsActivationCode" ? ProductIds.SoftwareEdition
            : ProductIds.ApplianceEdition;
    }
}
