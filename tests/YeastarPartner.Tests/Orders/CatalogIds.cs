namespace YeastarPartner.Tests.Orders;

/// <summary>The sandbox catalogue's IDs: documented ones (section 11) and the invented 33xx ones where the docs say "query P2".</summary>
internal static class CatalogIds
{
    public const long Billing = 3197218168379846218;
    public const string Partner = "3076913644890832901";

    public const long Linkus = 3048918321840570368, LinkusPro = 3048918719332507648;
    public const long ApplianceStandard = 3048558946648207360, ApplianceEnterprise = 3048560232537899008, ApplianceUltimate = 3048560606464323584;
    public const long HotelModule = 3299326068732223488, AppliancePms = 3300000000000011001;
    public const long PseEnterprise = 3300000000000012001, PseUltimate = 3300000000000012002, PseHotStandby = 3300000000000012101, PseDisasterRecovery = 3300000000000012102, PseCallCenter = 3300000000000012104;
    public const long PceEnterprise = 3048571730026938368, PceUltimate = 3048572026291630080, PceExtensions = 3048573516041273344, PceRecording = 3048573759449317376, PceHighAvailability = 3048573935752720384;
    public const long Turnkey = 3300000000000014001, TurnkeyExtensions = 3300000000000014101, TurnkeyRecording = 3300000000000014103;
    public const long RemoteManagement = 3300000000000015001, RemoteConnections = 3300000000000015101;
    public const long YcmWhiteLabel = 3300000000000019101, PseWhiteLabel = 3300000000000019102, PceWhiteLabel = 3300000000000019103;
    public const long RmPremium20 = 3300000000000020101, RmPremium21 = 3300000000000021101;
}
