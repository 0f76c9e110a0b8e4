using System;
using System.IO;
using System.Reflection;

namespace YeastarPartner.Orders.Journal
{
    /// <summary>
    /// A journal's path with every symbolic link in it followed, so that two runs reaching one file through a
    /// link and through its target lock the same thing. Links are read through
    /// <c>FileSystemInfo.LinkTarget</c> (.NET 6 and later: PowerShell 7); on .NET Framework, where that property
    /// does not exist, the full path is used as it is (Windows PowerShell runs on Windows, where the journal's
    /// own byte-range lock separates writers whatever path they came by).
    /// </summary>
    internal static class RealPath
    {
        private const int MaxLinks = 40;
        private static readonly PropertyInfo? LinkTarget = typeof(FileSystemInfo).GetProperty("LinkTarget");

        public static string Of(string path)
        {
            var full = Path.GetFullPath(path);
            if (LinkTarget == null) return full;
            for (var hops = 0; hops < MaxLinks; hops++)
            {
                var resolved = FirstLinkFollowed(full);
                if (resolved == null) return full;
                full = resolved;
            }
            return full;
        }

        /// <summary>The path with its first symbolic link (from the root down) replaced by its target; null when it has none.</summary>
        private static string? FirstLinkFollowed(string full)
        {
            var root = Path.GetPathRoot(full) ?? "";
            var parts = full.Substring(root.Length).Split(new[] { Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar }, StringSplitOptions.RemoveEmptyEntries);
            var current = root;
            for (var i = 0; i < parts.Length; i++)
            {
                var next = Path.Combine(current, parts[i]);
                var target = TargetOf(next);
                if (target != null)
                {
                    var resolved = Path.GetFullPath(Path.Combine(current, target));
                    for (var j = i + 1; j < parts.Length; j++) resolved = Path.Combine(resolved, parts[j]);
                    return resolved;
                }
                current = next;
            }
            return null;
        }

        private static string? TargetOf(string path)
        {
            try
            {
                FileSystemInfo info = Directory.Exists(path) ? new DirectoryInfo(path) : new FileInfo(path);
                if (!info.Exists || (info.Attributes & FileAttributes.ReparsePoint) == 0) return null;
                return LinkTarget!.GetValue(info) as string;
            }
            catch (Exception e) when (e is IOException || e is UnauthorizedAccessException || e is TargetInvocationException)
            {
                return null;
            }
        }
    }
}
