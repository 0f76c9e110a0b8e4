using System.Reflection;

namespace YeastarPartner.Loading
{
    /// <summary>What to answer a failed assembly bind with: an assembly already loaded, or a file the module ships.</summary>
    internal sealed class DependencyResolution
    {
        private DependencyResolution(AssemblyName? loadedAssembly, string? filePath)
        {
            LoadedAssembly = loadedAssembly;
            FilePath = filePath;
        }

        /// <summary>The identity of an assembly already in the process to hand back, or null.</summary>
        public AssemblyName? LoadedAssembly { get; }

        /// <summary>The shipped file to load, or null.</summary>
        public string? FilePath { get; }

        public static DependencyResolution UseLoaded(AssemblyName loadedAssembly) => new DependencyResolution(loadedAssembly, null);

        public static DependencyResolution LoadFile(string filePath) => new DependencyResolution(null, filePath);

        public override string ToString() => LoadedAssembly != null ? $"loaded {LoadedAssembly.FullName}" : $"file {FilePath}";
    }
}
