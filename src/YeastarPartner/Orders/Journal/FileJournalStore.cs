using System;
using System.IO;
using System.Threading;

namespace YeastarPartner.Orders.Journal
{
    /// <summary>
    /// A journal in a file. Written only under <see cref="FileWriterLock"/>; read and appended through the one
    /// handle opened under that lock (on Linux, closing any other handle of the file in this process would drop
    /// the byte-range lock). Every line goes at the file's current end, whoever else has the file open.
    /// </summary>
    internal sealed class FileJournalStore : IJournalStore
    {
        /// <summary>How often a run waiting for another run's journal tries again.</summary>
        private static readonly TimeSpan Poll = TimeSpan.FromMilliseconds(250);

        private readonly object _gate = new object();
        private FileWriterLock? _writer;
        private bool _broken;

        /// <param name="fullPath">The journal's file system path, already resolved by the caller.</param>
        public FileJournalStore(string fullPath) => DisplayName = fullPath;

        public string DisplayName { get; }

        public void AcquireWriter(Action<string> waiting, CancellationToken stop)
        {
            var realPath = RealPath.Of(DisplayName);
            var folder = Path.GetDirectoryName(realPath);
            if (!string.IsNullOrEmpty(folder)) Directory.CreateDirectory(folder);
            var waited = false;
            while (true)
            {
                // bufferSize 1: nothing is ever held back in a buffer, so a failed write leaves nothing to flush on close.
                var acquired = FileWriterLock.TryAcquire(realPath, () => new FileStream(realPath, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.ReadWrite, bufferSize: 1));
                if (acquired != null)
                {
                    _writer = acquired;
                    return;
                }
                if (!waited)
                {
                    waited = true;
                    waiting($"The journal '{DisplayName}' is in use by another run of New-YsPlanOrder or New-YsServiceOrder (in this or another process{(realPath == DisplayName ? "" : $"; the file is '{realPath}'")}).");
                }
                if (stop.WaitHandle.WaitOne(Poll)) throw new OperationCanceledException(stop);
            }
        }

        public byte[] ReadAll()
        {
            lock (_gate)
            {
                if (_writer != null) return ReadFrom(_writer.Journal);
                if (!File.Exists(DisplayName)) return new byte[0];
                using (var file = new FileStream(DisplayName, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete))
                    return ReadFrom(file);
            }
        }

        public void Append(byte[] bytes)
        {
            lock (_gate)
            {
                if (_writer == null) throw new InvalidOperationException("The journal was opened read-only.");
                if (_broken) throw new IOException($"An earlier line could not be written to the journal '{DisplayName}'; nothing more is written to it in this run.");
                var file = _writer.Journal;
                var end = file.Seek(0, SeekOrigin.End);
                try
                {
                    // One write call per line, so that a crash leaves at most one line cut short, at the end.
                    file.Write(bytes, 0, bytes.Length);
                    file.Flush(flushToDisk: true);
                }
                catch
                {
                    _broken = true;
                    // What reached the disk of a line that failed is taken back, so the file says what the batch believes.
                    try { file.SetLength(end); } catch (IOException) { } catch (UnauthorizedAccessException) { }
                    throw;
                }
            }
        }

        private static byte[] ReadFrom(FileStream file)
        {
            file.Seek(0, SeekOrigin.Begin);
            var bytes = new byte[file.Length];
            var read = 0;
            while (read < bytes.Length)
            {
                var n = file.Read(bytes, read, bytes.Length - read);
                if (n == 0) break;
                read += n;
            }
            if (read == bytes.Length) return bytes;
            var shorter = new byte[read];
            Array.Copy(bytes, shorter, read);
            return shorter;
        }

        public void Dispose()
        {
            lock (_gate)
            {
                _writer?.Dispose();
                _writer = null;
            }
        }
    }
}
