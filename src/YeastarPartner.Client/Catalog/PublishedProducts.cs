using System.Collections.Generic;
using YeastarPartner.Client.Models;
using YeastarPartner.Client.Orders;

namespace YeastarPartner.Client.Catalog
{
    /// <summary>
    /// The products the API reference documents (section 11), with the names its pages use. The account's
    /// own list (P1, Get-YsAvailableProduct) is the live source; this one serves Tab completion before
    /// Connect-YeastarPartner, when a script is being written rather than run.
    /// </summary>
    public static class PublishedProducts
    {
        public static IReadOnlyList<AvailableProduct> All { get; } = new[]
        {
            Product(ProductIds.LinkusCloudService, "Linkus Cloud Service"),
            Product(ProductIds.ApplianceEdition, "P-Series Appliance Edition"),
            Product(ProductIds.SoftwareEdition, "P-Series Software Edition"),
            Product(ProductIds.CloudEdition, "P-Series Cloud Edition"),
            Product(ProductIds.TurnkeyPackage, "P-Series Turnkey Package"),
            Product(ProductIds.RemoteManagement, "Remote Management"),
            Product(ProductIds.AddOnService, "Add-on Service"),
            Product(ProductIds.RemoteManagementPremium, "Remote Management Premium"),
            Product(ProductIds.RmPremium, "RM Premium"),
        };

        private static AvailableProduct Product(int id, string name) => new AvailableProduct { ProductId = id, Name = name };
    }
}
