using System;
using System.IO;
using System.Management.Automation;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using YeastarPartner.Loading;

namespace YeastarPartner
{
    /// <summary>
    /// Prepares the process when the module is imported. On Windows PowerShell (Desktop) it answers the
    /// binds of the module's own dependencies, which ship in the Desktop subfolder, and adds TLS 1.2. On
    /// PowerShell 7 the runtime and PowerShell provide those dependencies, so it does nothing.
    /// </summary>
    public sealed class ModuleInitializer : IModuleAssemblyInitializer, IModuleAssemblyCleanup
    {
        /// <summary>Runs at each import.</summary>
        public void OnImport()
        {
            if (IsDesktop) PrepareDesktop();
        }

        // A method of its own, never inlined: compiling OnImport must not load System.Net.Requests
        // (ServicePointManager) and the resolver's types on PowerShell 7, where none of this runs.
        [MethodImpl(MethodImplOptions.NoInlining)]
        private static void PrepareDesktop() =>
            DesktopPreparation.Run(Path.GetDirectoryName(typeof(ModuleInitializer).Assembly.Location)!);

        /// <summary>Runs on Remove-Module.</summary>
        public void OnRemove(PSModuleInfo module) => DesktopDependencies.Uninstall();

        private static bool IsDesktop => RuntimeInformation.FrameworkDescription.StartsWith(".NET Framework", StringComparison.Ordinal);
    }
}
