using System;
using System.IO;
using System.Linq;
using System.Reflection;

namespace YeastarPartner.Loading
{
    /// <summary>
    /// Hooks <see cref="DependencyResolver"/> into the AppDomain: Windows PowerShell has no binding
    /// redirects for modules, so a failed bind of one of the module's dependencies is answered here.
    /// The hook is process-wide, so it is installed once and removed with the module.
    /// </summary>
    internal static class DesktopDependencies
    {
        /// <summary>The folder under the module folder that holds the dependencies only Windows PowerShell needs.</summary>
        public const string FolderName = "Desktop";

        private static readonly object Gate = new object();
        private static DependencyResolver? _resolver;

        /// <summary>Starts answering binds from <paramref name="moduleDirectory"/>; a second call changes nothing.</summary>
        public static void Install(string moduleDirectory)
        {
            lock (Gate)
            {
                if (_resolver != null) return; // Import-Module -Force imports again into the same AppDomain.
                _resolver = new DependencyResolver(moduleDirectory, ReadShippedAssemblies(moduleDirectory));
                AppDomain.CurrentDomain.AssemblyResolve += OnAssemblyResolve;
            }
        }

        public static void Uninstall()
        {
            lock (Gate)
            {
                if (_resolver == null) return;
                AppDomain.CurrentDomain.AssemblyResolve -= OnAssemblyResolve;
                _resolver = null;
            }
        }

        private static ShippedAssembly[] ReadShippedAssemblies(string moduleDirectory)
        {
            var desktopDirectory = Path.Combine(moduleDirectory, FolderName);
            return Directory.GetFiles(moduleDirectory, "*.dll")
                .Concat(Directory.Exists(desktopDirectory) ? Directory.GetFiles(desktopDirectory, "*.dll") : Array.Empty<string>())
                .Select(file => new ShippedAssembly(file, AssemblyName.GetAssemblyName(file)))
                .ToArray();
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
