using System.Collections;
using System.Collections.Generic;
using System.Globalization;
using YeastarPartner.Client.Models;
using YeastarPartner.Connections;

namespace YeastarPartner.Completers
{
    /// <summary>
    /// Tab completion for -ServiceId: the services of the command line's -ProductId (and -SerialNumber, which
    /// products 9 and 11 need to list them), from the connection's cached offerings, the same cache -Plan
    /// resolves through. Type part of a service name; its 19-digit ID is inserted.
    /// </summary>
    public sealed class ServiceIdCompleter : LookupCompleter<OfferingItem>
    {
        private protected override string NothingToOffer => "no services to offer: give -ProductId (and -SerialNumber for products 9 and 11) and Connect-YeastarPartner first";

        private protected override IReadOnlyList<OfferingItem>? Items(YsConnection connection, string commandName, IDictionary fakeBoundParameters)
        {
            if (!int.TryParse(fakeBoundParameters?["ProductId"]?.ToString(), NumberStyles.None, CultureInfo.InvariantCulture, out var productId)) return null;
            return CompleterLookup.TryGet(connection.Offerings(productId, fakeBoundParameters!["SerialNumber"]?.ToString()))?.ServiceList;
        }

        private protected override string? Id(OfferingItem item) => item.Id.ToString(CultureInfo.InvariantCulture);

        private protected override IEnumerable<string?> Texts(OfferingItem item) => new[] { item.Name };

        private protected override string Label(OfferingItem item) => item.Name ?? Id(item)!;

        private protected override string ToolTip(OfferingItem item) => $"{item.Name}, billed {item.BillingCycle}: {Id(item)}";
    }
}
