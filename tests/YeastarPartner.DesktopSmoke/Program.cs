using System;
using System.IO;
using System.Linq;
using System.Reflection;

namespace YeastarPartner.DesktopSmoke
{
    /// <summary>
    /// Loads the staged module as Windows PowerShell imports it, then runs <see cref="Smoke"/> against the
    /// sandbox, and with a third argument <see cref="BlobSmoke"/> against a blob URL. Arguments: the staged module
    /// folder, the sandbox URL and optionally a blob URL with a SAS. Writes one "key=value" line per fact;
    /// the exit code is 0 only when every step worked.
    /// </summary>
    internal static class Program
    {
        private static int Main(string[] args)
        {
            if (args.Length != 2 && args.Length != 3)
            {
                Console.Error.WriteLine("usage: YeastarPartner.DesktopSmoke.exe <staged module folder> <sandbox URL> [<blob URL with a SAS>]");
                return 2;
            }
            var moduleDirectory = Path.GetFullPath(args[0]);
            AppDomain.CurrentDomain.AssemblyLoad += (_, e) =>
            {
                if (!e.LoadedAssembly.IsDynamic) Console.WriteLine($"loaded={e.LoadedAssembly.GetName().Name}|{e.LoadedAssembly.GetName().Version}|{e.LoadedAssembly.Location}");
            };

            // Import-Module loads the RootModule from the module folder (a LoadFrom), then its initializer runs
            // DesktopPreparation on Windows PowerShell. The initializer itself implements a PowerShell interface,
            // and there is no PowerShell here, so the harness calls what it calls.
            // Windows PowerShell 5.1 starts with Ssl3 and Tls 1.0 unless the machine opted into strong crypto;
            // Mono starts with SystemDefault. Start where Windows PowerShell does (Ssl3 is refused by Mono).
            System.Net.ServicePointManager.SecurityProtocol = System.Net.SecurityProtocolType.Tls;
            var module = Assembly.LoadFrom(Path.Combine(moduleDirectory, "YeastarPartner.dll"));
            module.GetType("YeastarPartner.Loading.DesktopPreparation", throwOnError: true)!
                .GetMethod("Run", BindingFlags.Public | BindingFlags.Static)!
                .Invoke(null, new object[] { moduleDirectory });

            // The cmdlet assembly, loaded from the module folder, finds YeastarPartner.Client and the other
            // assemblies next to it by the loader's own probing. This program stands in for it but lives
            // elsewhere, so it is handed those files; Desktop/ stays the module resolver's business.
            AppDomain.CurrentDomain.AssemblyResolve += (_, e) =>
            {
                var nextToManifest = Path.Combine(moduleDirectory, new AssemblyName(e.Name).Name + ".dll");
                return e.RequestingAssembly == typeof(Program).Assembly && File.Exists(nextToManifest) ? Assembly.LoadFrom(nextToManifest) : null;
            };

            Console.WriteLine($"runtime={Type.GetType("Mono.Runtime") != null}|{Environment.Version}");
            Console.WriteLine($"tls={System.Net.ServicePointManager.SecurityProtocol}");
            try
            {
                Smoke.Run(new Uri(args[1]));
                if (args.Length == 3) BlobSmoke.Run(args[2]);
                return 0;
            }
            catch (Exception e)
            {
                // The whole chain: a bind failure hides under TypeInitialization and Aggregate exceptions.
                for (var inner = e; inner != null; inner = inner.InnerException) Console.Error.WriteLine($"{inner.GetType().FullName}: {inner.Message}");
                if (e is ReflectionTypeLoadException load) foreach (var loader in load.LoaderExceptions.Where(x => x != null)) Console.Error.WriteLine(loader!.Message);
                Console.Error.WriteLine(e.StackTrace);
                return 1;
            }
        }
    }
}
