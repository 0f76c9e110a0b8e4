using System.Reflection;
using YeastarPartner.Loading;

namespace YeastarPartner.Tests.Loading;

/// <summary>Each decision of the Windows PowerShell assembly resolver, on made-up module folders.</summary>
public sealed class DependencyResolverTests
{
    private const string ModuleDirectory = @"C:\Program Files\WindowsPowerShell\Modules\YeastarPartner\0.1.0";
    private static readonly string DesktopDirectory = ModuleDirectory + @"\Desktop";

    private static readonly DependencyResolver Resolver = new(ModuleDirectory, new[]
    {
        Shipped(ModuleDirectory, "RestSharp", "112.1.0.0"),
        Shipped(ModuleDirectory, "YeastarPartner.Client", "0.1.0.0"),
        Shipped(DesktopDirectory, "Newtonsoft.Json", "13.0.0.0"),
        Shipped(DesktopDirectory, "System.Memory", "4.0.1.2"),
        Shipped(DesktopDirectory, "System.Text.Json", "8.0.0.0"),
    });

    private static readonly string RestSharpPath = ModuleDirectory + @"\RestSharp.dll";
    private static readonly string JsonPath = DesktopDirectory + @"\System.Text.Json.dll";

    [Fact]
    public void A_name_the_module_does_not_ship_is_left_to_others() =>
        Assert.Null(Resolver.Resolve(Name("System.Collections.Immutable", "8.0.0.0"), RestSharpPath, Array.Empty<AssemblyName>()));

    [Fact]
    public void A_request_from_another_modules_assembly_is_left_to_that_module() =>
        Assert.Null(Resolver.Resolve(Name("Newtonsoft.Json", "12.0.0.0"), @"C:\Modules\Other\1.0\Other.dll", Array.Empty<AssemblyName>()));

    [Fact]
    public void A_folder_whose_name_only_starts_like_the_module_folder_is_another_module() =>
        Assert.Null(Resolver.Resolve(Name("System.Memory", "4.0.1.1"), ModuleDirectory + @"-old\Other.dll", Array.Empty<AssemblyName>()));

    [Theory]
    [InlineData("4.0.1.1")] // older than shipped: no binding redirect exists to raise it
    [InlineData("4.0.1.2")]
    [InlineData("4.0.5.0")] // newer than shipped: the shipped copy is the only one there is
    public void A_shipped_dependency_is_loaded_from_the_module_folder_whatever_version_is_asked_for(string version)
    {
        var resolution = Resolver.Resolve(Name("System.Memory", version), JsonPath, Array.Empty<AssemblyName>());

        Assert.Equal(DesktopDirectory + @"\System.Memory.dll", resolution?.FilePath);
        Assert.Null(resolution!.LoadedAssembly);
    }

    [Fact]
    public void A_request_of_unknown_origin_for_a_shipped_name_is_answered() =>
        Assert.Equal(RestSharpPath, Resolver.Resolve(Name("RestSharp", "112.0.0.0"), null, Array.Empty<AssemblyName>())?.FilePath);

    [Fact]
    public void Names_match_without_regard_to_case() =>
        Assert.NotNull(Resolver.Resolve(Name("system.memory", "4.0.1.2"), JsonPath.ToLowerInvariant(), Array.Empty<AssemblyName>()));

    [Fact]
    public void A_loaded_newtonsoft_json_13_is_preferred_to_the_shipped_copy()
    {
        var azAccountsCopy = Name("Newtonsoft.Json", "13.0.0.0");

        var resolution = Resolver.Resolve(Name("Newtonsoft.Json", "13.0.0.0"), RestSharpPath, new[] { Name("System.Management.Automation", "3.0.0.0"), azAccountsCopy });

        Assert.Same(azAccountsCopy, resolution?.LoadedAssembly);
        Assert.Null(resolution!.FilePath);
    }

    [Fact]
    public void A_loaded_newtonsoft_json_of_another_major_version_is_not_used()
    {
        var resolution = Resolver.Resolve(Name("Newtonsoft.Json", "13.0.0.0"), RestSharpPath, new[] { Name("Newtonsoft.Json", "12.0.0.0") });

        Assert.Equal(DesktopDirectory + @"\Newtonsoft.Json.dll", resolution?.FilePath);
    }

    [Fact]
    public void A_loaded_copy_at_least_as_new_as_the_shipped_one_is_used_instead_of_a_second_copy()
    {
        var loaded = Name("System.Memory", "4.0.1.2");

        Assert.Same(loaded, Resolver.Resolve(Name("System.Memory", "4.0.1.1"), JsonPath, new[] { Name("System.Memory", "4.0.1.0"), loaded })?.LoadedAssembly);
    }

    [Fact]
    public void A_loaded_copy_older_than_the_shipped_one_is_not_used() =>
        Assert.Equal(DesktopDirectory + @"\System.Memory.dll",
            Resolver.Resolve(Name("System.Memory", "4.0.1.2"), JsonPath, new[] { Name("System.Memory", "4.0.1.1") })?.FilePath);

    private static ShippedAssembly Shipped(string directory, string name, string version) =>
        new(directory + @"\" + name + ".dll", Name(name, version));

    private static AssemblyName Name(string name, string version) =>
        new($"{name}, Version={version}, Culture=neutral, PublicKeyToken=null");
}
