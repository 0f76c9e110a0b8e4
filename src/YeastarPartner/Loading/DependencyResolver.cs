using System;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;

namespace YeastarPartner.Loading
{
    /// <summary>
    /// Decides how to answer a failed assembly bind on Windows PowerShell, where no binding redirects
    /// exist: RestSharp asks for System.Memory 4.0.1.2 while System.Text.Json asks for another version,
    /// and only the copy the module ships can satisfy both. Pure: the caller supplies the loaded
    /// assemblies, so every decision is testable without an AppDomain.
    /// </summary>
    internal sealed class DependencyResolver
    {
        // Az.Accounts and other modules preload Newtonsoft.Json 13.0.0.0. Every 13.x release keeps that
        // assembly version and the same API, so the loaded copy serves the module too, and objects
        // (JToken, converters) stay one type across modules.
        private const string NewtonsoftJson = "Newtonsoft.Json";
        private const int NewtonsoftJsonMajorVersion = 13;

        private readonly string _moduleDirectory;
        private readonly Dictionary<string, ShippedAssembly> _shipped;

        public DependencyResolver(string moduleDirectory, IEnumerable<ShippedAssembly> shippedAssemblies)
        {
            _moduleDirectory = moduleDirectory.TrimEnd('/', '\\');
            _shipped = new Dictionary<string, ShippedAssembly>(StringComparer.OrdinalIgnoreCase);
            foreach (var assembly in shippedAssemblies)
                _shipped[assembly.Name.Name!] = assembly;
        }

        /// <summary>
        /// The answer for a bind of <paramref name="requested"/> that the runtime could not satisfy, or null
        /// when the request is not the module's business: a name the module does not ship, or a request
        /// made by an assembly outside the module folder (another module's dependency).
        /// </summary>
        /// <param name="requested">The identity the runtime failed to bind, any version.</param>
        /// <param name="requestingAssemblyLocation">Where the assembly that asked lives; null or empty when unknown.</param>
        /// <param name="loadedAssemblies">The identities of the assemblies already loaded in the process.</param>
        public DependencyResolution? Resolve(AssemblyName requested, string? requestingAssemblyLocation, IEnumerable<AssemblyName> loadedAssemblies)
        {
            if (requested.Name == null || !_shipped.TryGetValue(requested.Name, out var shipped)) return null;
            if (!string.IsNullOrEmpty(requestingAssemblyLocation) && !IsInModuleDirectory(requestingAssemblyLocation!)) return null;

            var sameName = loadedAssemblies
                .Where(loaded => string.Equals(loaded.Name, shipped.Name.Name, StringComparison.OrdinalIgnoreCase) && loaded.Version != null)
                .OrderByDescending(loaded => loaded.Version)
                .ToList();

            var preferred = string.Equals(shipped.Name.Name, NewtonsoftJson, StringComparison.OrdinalIgnoreCase)
                ? sameName.FirstOrDefault(loaded => loaded.Version!.Major == NewtonsoftJsonMajorVersion)
                : null;
            // A loaded copy at least as new as the shipped one avoids a second copy whose types would not
            // be the same types (Span<T> from two System.Memory copies cannot be passed between them).
            preferred ??= sameName.FirstOrDefault(loaded => shipped.Name.Version == null || loaded.Version >= shipped.Name.Version);

            return preferred != null ? DependencyResolution.UseLoaded(preferred) : DependencyResolution.LoadFile(shipped.Path);
        }

        private bool IsInModuleDirectory(string path) =>
            path.StartsWith(_moduleDirectory + "/", StringComparison.OrdinalIgnoreCase)
            || path.StartsWith(_moduleDirectory + "\\", StringComparison.OrdinalIgnoreCase);
    }
}
