using System;
using System.IO;

namespace YeastarPartner.Orders
{
    /// <summary>
    /// One writer per journal, across processes and runspaces: an open handle on "&lt;journal&gt;.lock" that
    /// nobody else may open (FileShare.None). Windows enforces it; .NET on Linux and macOS turns it into an
    /// exclusive flock, which also separates two runspaces of one process. FileShare.Read on the journal
    /// itself is not enough: on Linux and macOS it is a shared lock that any number of writers can hold.
    /// The lock file stays behind when released (deleting it would let two runs lock two different files);
    /// the operating system releases the lock when the process ends, however it ends.
    /// </summary>
    internal sealed class JournalLock : IDisposable
    {
        private const int WindowsSharingViolation = unchecked((int)0x80070020);
        private const int WindowsLockViolation = unchecked((int)0x80070021);
        private const int LinuxWouldBlock = 11;
        private const int MacWouldBlock = 35;

        private FileStream? _handle;

        private JournalLock(string path, FileStream handle)
        {
            Path = path;
            _handle = handle;
        }

        /// <summary>The lock file: the journal's path with ".lock" added.</summary>
        public string Path { get; }

        public static string PathFor(string journalPath) => journalPath + ".lock";

        /// <summary>
        /// The lock, or null while another run holds it. Throws IOException or UnauthorizedAccessException
        /// when the lock file cannot be created at all (no such folder, no permission).
        /// </summary>
        public static JournalLock? TryAcquire(string journalPath)
        {
            var path = PathFor(journalPath);
            var folder = System.IO.Path.GetDirectoryName(System.IO.Path.GetFullPath(path));
            if (!string.IsNullOrEmpty(folder)) Directory.CreateDirectory(folder);
            try
            {
                return new JournalLock(path, new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None));
            }
            catch (IOException e) when (IsHeldElsewhere(e))
            {
                return null;
            }
        }

        private static bool IsHeldElsewhere(IOException e) =>
            !(e is FileNotFoundException || e is DirectoryNotFoundException || e is PathTooLongException)
            && (e.HResult == WindowsSharingViolation || e.HResult == WindowsLockViolation || e.HResult == LinuxWouldBlock || e.HResult == MacWouldBlock);

        public void Dispose()
        {
            _handle?.Dispose();
            _handle = null;
        }
    }
}
