using System.Management.Automation.Runspaces;
using System.Runtime.CompilerServices;

namespace YeastarPartner.Connections
{
    /// <summary>
    /// The default connection of each runspace. Not a process-wide static: runbooks and
    /// ForEach-Object -Parallel run several runspaces in one process, each with its own connection.
    /// </summary>
    internal static class DefaultConnection
    {
        /// <summary>What help shows as the default of -Connection.</summary>
        public const string HelpText = "the runspace's default connection (the last Connect-YeastarPartner)";

        private sealed class Holder { public YsConnection? Connection; }

        private static readonly ConditionalWeakTable<Runspace, Holder> ByRunspace = new ConditionalWeakTable<Runspace, Holder>();

        public static YsConnection? Get()
        {
            var runspace = Runspace.DefaultRunspace;
            return runspace != null && ByRunspace.TryGetValue(runspace, out var holder) ? holder.Connection : null;
        }

        public static void Set(YsConnection? connection)
        {
            var runspace = Runspace.DefaultRunspace;
            if (runspace != null) ByRunspace.GetOrCreateValue(runspace).Connection = connection;
        }
    }
}
