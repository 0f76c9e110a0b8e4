using System.Reflection;
using System.Reflection.Emit;
using YeastarPartner.Loading;

namespace YeastarPartner.Tests.Loading;

/// <summary>
/// The resolver wired into a real AppDomain. Windows PowerShell cannot run here, but .NET raises the same
/// AssemblyResolve event for a bind it cannot satisfy, so a made-up module folder (an assembly next to the
/// manifest that references a dependency kept in Desktop/) exercises the hook end to end.
/// </summary>
public sealed class DesktopDependenciesTests : IDisposable
{
    private readonly string _moduleDirectory = Directory.CreateTempSubdirectory("ys-module-").FullName;

    [Fact]
    public void A_dependency_in_the_desktop_folder_is_loaded_whatever_version_was_compiled_against()
    {
        var derived = WriteProbeModule(referencedVersion: new Version(1, 0, 0, 0), shippedVersion: new Version(2, 0, 0, 0));
        DesktopDependencies.Install(_moduleDirectory);
        try
        {
            var dependency = LoadDerivedType(derived).BaseType!.Assembly;

            Assert.Equal(Path.Combine(_moduleDirectory, DesktopDependencies.FolderName, dependency.GetName().Name + ".dll"), dependency.Location);
            Assert.Equal(new Version(2, 0, 0, 0), dependency.GetName().Version);
        }
        finally { DesktopDependencies.Uninstall(); }
    }

    [Fact]
    public void After_uninstall_nothing_is_answered() =>
        AssertNotResolvedAfter(() => { DesktopDependencies.Install(_moduleDirectory); DesktopDependencies.Uninstall(); });

    [Fact]
    public void A_second_install_adds_no_second_hook_that_uninstall_would_leave_behind() =>
        AssertNotResolvedAfter(() =>
        {
            DesktopDependencies.Install(_moduleDirectory);
            DesktopDependencies.Install(_moduleDirectory);
            DesktopDependencies.Uninstall();
        });

    public void Dispose()
    {
        DesktopDependencies.Uninstall();
        try { Directory.Delete(_moduleDirectory, recursive: true); }
        catch (UnauthorizedAccessException) { /* a loaded assembly may still hold its file on Windows */ }
        catch (IOException) { }
    }

    private void AssertNotResolvedAfter(Action installAndUninstall)
    {
        var derived = WriteProbeModule(new Version(1, 0, 0, 0), new Version(1, 0, 0, 0));
        installAndUninstall();
        Assert.ThrowsAny<FileNotFoundException>(() => LoadDerivedType(derived).BaseType);
    }

    private Type LoadDerivedType(string derivedAssemblyName) =>
        Assembly.LoadFrom(Path.Combine(_moduleDirectory, derivedAssemblyName + ".dll")).GetType("Probe.Derived", throwOnError: true)!;

    /// <summary>
    /// Writes a module assembly next to the "manifest" whose type derives from a type in a dependency that
    /// only exists in Desktop/, and returns the module assembly's name. Unique names: a loaded assembly
    /// stays loaded for the life of the test process.
    /// </summary>
    private string WriteProbeModule(Version referencedVersion, Version shippedVersion)
    {
        var suffix = Guid.NewGuid().ToString("N");
        var dependencyName = "YsProbeDependency" + suffix;
        var moduleName = "YsProbeModule" + suffix;

        var referenced = DefineBaseType(dependencyName, referencedVersion, out var referencedAssembly);
        var module = new PersistedAssemblyBuilder(new AssemblyName(moduleName) { Version = new Version(1, 0, 0, 0) }, typeof(object).Assembly);
        module.DefineDynamicModule(moduleName).DefineType("Probe.Derived", TypeAttributes.Public, referenced).CreateType();
        module.Save(Path.Combine(_moduleDirectory, moduleName + ".dll"));

        DefineBaseType(dependencyName, shippedVersion, out var shippedAssembly);
        var desktop = Directory.CreateDirectory(Path.Combine(_moduleDirectory, DesktopDependencies.FolderName));
        shippedAssembly.Save(Path.Combine(desktop.FullName, dependencyName + ".dll"));
        return moduleName;
    }

    private static Type DefineBaseType(string assemblyName, Version version, out PersistedAssemblyBuilder assembly)
    {
        assembly = new PersistedAssemblyBuilder(new AssemblyName(assemblyName) { Version = version }, typeof(object).Assembly);
        var type = assembly.DefineDynamicModule(assemblyName).DefineType("Probe.Base", TypeAttributes.Public);
        type.DefineDefaultConstructor(MethodAttributes.Public);
        return type.CreateType();
    }
}
