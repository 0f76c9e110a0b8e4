using System;
using System.Threading;

namespace YeastarPartner.Client.Diagnostics
{
    /// <summary>Where the client reports what it does. The cmdlets forward these to -Verbose, -Debug and warnings.</summary>
    public interface IApiTrace
    {
        /// <summary>One line per HTTP exchange: method, path, status, duration, requestId.</summary>
        void Verbose(string message);
        /// <summary>Redacted request and response bodies.</summary>
        void Debug(string message);
        /// <summary>Retries and waits the user should know about.</summary>
        void Warning(string message);
    }

    /// <summary>
    /// The trace of the current logical call. A connection is shared by many cmdlet invocations (and
    /// runspaces), each with its own streams, so the trace travels with the async flow, not with the client.
    /// </summary>
    public static class ApiTrace
    {
        private static readonly AsyncLocal<IApiTrace?> CurrentTrace = new AsyncLocal<IApiTrace?>();

        internal static IApiTrace? Current => CurrentTrace.Value;

        /// <summary>Routes trace lines of calls made inside the returned scope to <paramref name="trace"/>.</summary>
        public static IDisposable Use(IApiTrace trace)
        {
            var previous = CurrentTrace.Value;
            CurrentTrace.Value = trace;
            return new Scope(() => CurrentTrace.Value = previous);
        }

        internal static void Verbose(string message) => Current?.Verbose(message);
        internal static void Debug(string message) => Current?.Debug(message);
        internal static void Warning(string message) => Current?.Warning(message);

        private sealed class Scope : IDisposable
        {
            private Action? _restore;
            public Scope(Action restore) => _restore = restore;
            public void Dispose() => Interlocked.Exchange(ref _restore, null)?.Invoke();
        }
    }
}
