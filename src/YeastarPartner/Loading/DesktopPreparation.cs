using System.Net;

namespace YeastarPartner.Loading
{
    /// <summary>
    /// What Windows PowerShell needs before the module's types are used: TLS 1.2 and the resolver for the
    /// dependencies in Desktop/. A class of its own, free of PowerShell types, so that the .NET Framework smoke
    /// test (tests/YeastarPartner.DesktopSmoke, run on Mono) runs exactly this code, as the module's own import does.
    /// </summary>
    internal static class DesktopPreparation
    {
        public static void Run(string moduleDirectory)
        {
            ServicePointManager.SecurityProtocol = TlsPolicy.ProtocolsAfterImport(true, ServicePointManager.SecurityProtocol);
            DesktopDependencies.Install(moduleDirectory);
        }
    }
}
