using System.Net;

namespace YeastarPartner.Loading
{
    /// <summary>
    /// The Partner Portal accepts TLS 1.2 and newer. Windows PowerShell 5.1 runs on .NET Framework with
    /// SSL 3 and TLS 1.0 as its default protocols unless the machine was configured otherwise, so the
    /// module adds TLS 1.2 at import. It only adds: protocols the user or another module enabled stay.
    /// </summary>
    internal static class TlsPolicy
    {
        /// <summary>The protocols to set at import, given the edition and the current setting.</summary>
        public static SecurityProtocolType ProtocolsAfterImport(bool isDesktop, SecurityProtocolType current)
        {
            // PowerShell 7 (.NET) lets the operating system choose; the setting is not consulted there.
            if (!isDesktop) return current;
            // SystemDefault (0) hands the choice to Windows, which offers TLS 1.2 and 1.3 where they are
            // enabled. OR-ing TLS 1.2 into it would turn "the OS decides" into "TLS 1.2 only".
            if (current == SystemDefault) return current;
            return current | SecurityProtocolType.Tls12;
        }

        private const SecurityProtocolType SystemDefault = 0;
    }
}
