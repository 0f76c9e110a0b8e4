namespace YeastarPartner.Base
{
    /// <summary>
    /// Where Get-Help -Online sends a user: the cmdlet's page of docs/help, the same markdown the offline help
    /// is compiled from, so the two never say different things.
    /// </summary>
    internal static class HelpLinks
    {
        public const string Base = "https://github.com/yeastarpartner/YeastarPartner/blob/main/docs/help/";
    }
}
