using System.Reflection;

namespace YeastarPartner.Loading
{
    /// <summary>An assembly file in the module folder, with the identity read from its metadata.</summary>
    internal sealed class ShippedAssembly
    {
        public ShippedAssembly(string path, AssemblyName name)
        {
            Path = path;
            Name = name;
        }

        public string Path { get; }

        public AssemblyName Name { get; }
    }
}
