namespace YeastarPartner.Client.Orders
{
    /// <summary>The product IDs the section-7 rules name (API reference section 11).</summary>
    public static class ProductIds
    {
        public const int LinkusCloudService = 9;
        public const int ApplianceEdition = 11;
        public const int SoftwareEdition = 12;
        public const int CloudEdition = 13;
        public const int TurnkeyPackage = 14;
        public const int RemoteManagement = 15;
        public const int AddOnService = 19;
        public const int RemoteManagementPremium = 20;
        public const int RmPremium = 21;

        /// <summary>Products whose orders act on an existing device once it exists (rule 12).</summary>
        public static bool IsDevice(int productId) =>
            productId == LinkusCloudService || productId == ApplianceEdition || productId == SoftwareEdition || productId == CloudEdition;

        /// <summary>
        /// Whether the product's orders count something (extensions, connections, minutes). Appliance Edition
        /// and Linkus Cloud Service orders carry no quantity in any tutorial: a 0 read from one of their products
        /// means "none", not "zero".
        /// </summary>
        public static bool HasQuantity(int productId) => productId != ApplianceEdition && productId != LinkusCloudService;

        /// <summary>P2 (and P3/P4 purchase, P6/P7) require productNo for Linkus Cloud Service and Appliance Edition (API reference section 6).</summary>
        public static bool NeedsSerialNumberForOffering(int productId) => productId == LinkusCloudService || productId == ApplianceEdition;
    }
}
