using System;
using System.Collections.Generic;
using System.IO;

namespace YeastarPartner.Orders.Journal
{
    /// <summary>
    /// One writer per journal file, however it is reached. Three locks, each closing a gap the others leave:
    /// <list type="number">
    /// <item>in this process, the journal's real path (links followed, case ignored): two runspaces of one
    /// PowerShell (ForEach-Object -Parallel) wait for each other;</item>
    /// <item>"&lt;real path&gt;.lock" opened with FileShare.None: an exclusive flock on Linux and macOS, a sharing
    /// lock on Windows, between processes; the same file whatever case the path was typed in on a
    /// case-insensitive file system;</item>
    /// <item>a byte-range lock on the journal itself, far beyond its end where no reader ever reads (Windows and
    /// Linux; .NET does not offer it on macOS): between processes, whatever path, link or hard link they came by,
    /// and whether or not the .lock file is still there.</item>
    /// </list>
    /// The journal stays readable meanwhile (Excel, Import-Csv, Get-Content -Wait). The operating system
    /// releases all three when the process ends, however it ends.
    /// </summary>
    internal sealed class FileWriterLock : IDisposable
    {
        /// <summary>Where the byte-range lock sits: 2^62, beyond any journal's end.</summary>
        private const long RangeStart = 1L << 62;

        private const int WindowsSharingViolation = unchecked((int)0x80070020);
        private const int WindowsLockViolation = unchecked((int)0x80070021);
        private const int LinuxWouldBlock = 11;
        private const int MacWouldBlock = 35;

        private static readonly HashSet<string> HeldInThisProcess = new HashSet<string>(StringComparer.OrdinalIgnoreCase);

        private readonly string _realPath;
        private FileStream? _sideFile;
        private FileStream? _journal;

        private FileWriterLock(string realPath) => _realPath = realPath;

        /// <summary>The .lock file beside the journal's real path.</summary>
        public static string SideFileOf(string realPath) => realPath + ".lock";

        /// <summary>
        /// The three locks on <paramref name="journal"/> (open on <paramref name="realPath"/>), or null while another
        /// run holds any of them. Throws IOException or UnauthorizedAccessException when a lock cannot be taken at
        /// all (no permission for the .lock file).
        /// </summary>
        public static FileWriterLock? TryAcquire(string realPath, Func<FileStream> openJournal)
        {
            lock (HeldInThisProcess)
                if (!HeldInThisProcess.Add(realPath)) return null;
            var acquired = new FileWriterLock(realPath);
            try
            {
                acquired._sideFile = TryOpen(() => new FileStream(SideFileOf(realPath), FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None));
                if (acquired._sideFile == null) return Abandon(acquired);
                acquired._journal = openJournal();
                if (!TryLockRange(acquired._journal)) return Abandon(acquired);
                return acquired;
            }
            catch
            {
                acquired.Dispose();
                throw;
            }
        }

        /// <summary>The journal opened under the locks; every read and write goes through it (see <see cref="FileJournalStore"/>).</summary>
        public FileStream Journal => _journal ?? throw new ObjectDisposedException(nameof(FileWriterLock));

        private static FileWriterLock? Abandon(FileWriterLock partial)
        {
            partial.Dispose();
            return null;
        }

        private static FileStream? TryOpen(Func<FileStream> open)
        {
            try
            {
                return open();
            }
            catch (IOException e) when (IsHeldElsewhere(e))
            {
                return null;
            }
        }

        private static bool TryLockRange(FileStream journal)
        {
            try
            {
                journal.Lock(RangeStart, 1);
                return true;
            }
            catch (PlatformNotSupportedException)
            {
                return true; // macOS: the .lock file and the in-process lock remain.
            }
            catch (IOException e) when (IsHeldElsewhere(e))
            {
                return false;
            }
        }

        private static bool IsHeldElsewhere(IOException e) =>
            !(e is FileNotFoundException || e is DirectoryNotFoundException || e is PathTooLongException)
            && (e.HResult == WindowsSharingViolation || e.HResult == WindowsLockViolation || e.HResult == LinuxWouldBlock || e.HResult == MacWouldBlock);

        /// <summary>Releases every lock, each in its own step, so that one failing to close keeps none of the others held.</summary>
        public void Dispose()
        {
            try { _journal?.Dispose(); }
            catch (IOException) { }
            finally
            {
                _journal = null;
                try { _sideFile?.Dispose(); }
                catch (IOException) { }
                finally
                {
                    _sideFile = null;
                    lock (HeldInThisProcess) HeldInThisProcess.Remove(_realPath);
                }
            }
        }
    }
}
