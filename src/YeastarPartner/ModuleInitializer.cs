using System;
using System.IO;
using System.Linq;
using System.Management.Automation;
using System.Net;
using System.Reflection;
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
        /// <summary>The folder under the module folder that holds the dependencies only Windows PowerShell needs.</summary>
        internal const string DesktopDependencyFolder = "Desktop";

        private static readonly object Gate = new object();
        private static DependencyResolver? _resolver;

        /// <summary>Runs once per import.</summary>
        public void OnImport()
        {
            if (!IsDesktop) return;
            ServicePointManager.SecurityProtocol = TlsPolicy.ProtocolsAfterImport(true, ServicePointManager.SecurityProtocol);
            lock (Gate)
            {
                if (_resolver != null) return; // Import-Module -Force imports again into the same AppDomain.
                _resolver = CreateResolver();
                AppDomain.CurrentDomain.AssemblyResolve += OnAssemblyResolve;
            }
        }

        /// <summary>Runs on Remove-Module.</summary>
        public void OnRemove(PSModuleInfo module)
        {
            lock (Gate)
            {
                if (_resolver == null) return;
                AppDomain.CurrentDomain.AssemblyResolve -= OnAssemblyResolve;
                _resolver = null;
            }
        }

        private static bool IsDesktop => RuntimeInformation.FrameworkDescription.StartsWith(".NET Framework", StringComparison.Ordinal);

        private static DependencyResolver CreateResolver()
        {
            var moduleDirectory = Path.GetDirectoryName(typeof(ModuleInitializer).Assembly.Location)!;
            var desktopDirectory = Path.Combine(moduleDirectory, DesktopDependencyFolder);
            var files = Directory.GetFiles(moduleDirectory, "*.dll")
                .Concat(Directory.Exists(desktopDirectory) ? Directory.GetFiles(desktopDirectory, "*.dll") : Array.Empty<string>());
            var shipped = files.Select(file => new ShippedAssembly(file, AssemblyName.GetAssemblyName(file)));
            return new DependencyResolver(moduleDirectory, shipped);
        }

        private static Assembly? OnAssemblyResolve(object sender, ResolveEventArgs args)
        {
            var resolver = _resolver;
            if (resolver == null) return null;
            var loaded = AppDomain.CurrentDomain.GetAssemblies();
            // Location throws for dynamic assemblies on .NET Framework; treat their requests as of unknown origin.
            var requester = args.RequestingAssembly is { IsDynamic: false } requesting ? requesting.Location : null;
            var resolution = resolver.Resolve(new AssemblyName(args.Name), requester, loaded.Select(a => a.GetName()));
            if (resolution == null) return null;
            return resolution.LoadedAssembly != null
                ? loaded.First(a => a.FullName == resolution.LoadedAssembly.FullName)
                : Assembly.LoadFrom(resolution.FilePath!);
        }
    }
}
