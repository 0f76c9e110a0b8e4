using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;

namespace YeastarPartner.Orders
{
    /// <summary>
    /// The -JournalPath CSV file: what earlier runs did to each key, and one appended line per row of this
    /// run, flushed to disk before the caller goes on. Written only under its <see cref="JournalLock"/>, so one
    /// run at a time appends; thread-safe within the run (concurrent orders append in turn).
    /// </summary>
    internal sealed class OrderJournal : IDisposable
    {
        private readonly object _lock = new object();
        private readonly Dictionary<string, KeyHistory> _keys = new Dictionary<string, KeyHistory>(StringComparer.OrdinalIgnoreCase);
        private readonly UTF8Encoding _utf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);
        private char _delimiter = JournalCsv.Comma;
        private JournalLock? _writeLock;
        private FileStream? _file;

        private OrderJournal(string path) => Path = path;

        public string Path { get; }

        /// <summary>False under -WhatIf: the journal is read, never changed.</summary>
        public bool CanWrite => _file != null;

        /// <summary>
        /// Reads the journal if it exists. With <paramref name="writeLock"/> (held by the caller, released with
        /// this journal) opens it for appending, creating it.
        /// </summary>
        public static OrderJournal Open(string path, JournalLock? writeLock)
        {
            var journal = new OrderJournal(path);
            try
            {
                if (File.Exists(path)) journal.Load();
                if (writeLock != null) journal.OpenForAppend(writeLock);
                return journal;
            }
            catch
            {
                journal.Dispose();
                writeLock?.Dispose();
                throw;
            }
        }

        public DeviceState StateOf(string key)
        {
            lock (_lock) return _keys.TryGetValue(key, out var history) ? history.State : DeviceState.NotBought;
        }

        /// <summary>The keys whose last order has an unknown outcome.</summary>
        public IReadOnlyList<KeyHistory> Unsettled()
        {
            lock (_lock) return _keys.Values.Where(k => k.State == DeviceState.Unknown && k.LastLine != null).ToList();
        }

        /// <summary>Every key's history (<see cref="PendingRecheck"/> looks for those that rest on a pending order).</summary>
        public IReadOnlyList<KeyHistory> Keys()
        {
            lock (_lock) return _keys.Values.ToList();
        }

        /// <summary>The last line that concerns the key's purchase (for a skipped row's order number).</summary>
        public JournalEntry? LastLineOf(string key)
        {
            lock (_lock) return _keys.TryGetValue(key, out var history) ? history.LastLine : null;
        }

        /// <summary>Appends one whole line and flushes it to disk. Throws IOException (or UnauthorizedAccessException) when it cannot.</summary>
        public void Append(JournalEntry line)
        {
            lock (_lock)
            {
                if (_file == null) throw new InvalidOperationException("The journal was opened read-only.");
                // One write call per line, so a crash leaves at most one partial line at the end.
                Write(JournalCsv.Format(line.ToFields(), _delimiter) + "\r\n");
                Remember(line);
            }
        }

        private void Load()
        {
            using (var reader = new StreamReader(new FileStream(Path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite), Encoding.UTF8, detectEncodingFromByteOrderMarks: true))
            {
                var header = reader.ReadLine();
                // Empty, or only a byte order mark: a journal that was created and never written to.
                if (string.IsNullOrWhiteSpace(header)) return;
                _delimiter = JournalCsv.DetectDelimiter(header!) ?? throw new InvalidDataException(
                    $"'{Path}' is not an order journal: its first line is not the journal header ({string.Join(",", JournalEntry.Columns)}). " +
                    "If it was edited in a spreadsheet, save it again as 'CSV UTF-8 (comma delimited)' with the header line unchanged, or pass a new -JournalPath.");
                string? text;
                while ((text = reader.ReadLine()) != null)
                {
                    if (text.Trim().Trim(_delimiter).Length == 0) continue;
                    var fields = JournalCsv.Parse(text, _delimiter);
                    // A line cut short by a crash mid-write is ignored: its row is the one still marked Sending.
                    if (fields.Length >= JournalEntry.RequiredColumns) Remember(JournalEntry.FromFields(fields));
                }
            }
        }

        private void Remember(JournalEntry line)
        {
            var key = line.KeyOrSerialNumber;
            if (key.Length == 0) return;
            if (!_keys.TryGetValue(key, out var history)) _keys[key] = history = new KeyHistory();
            history.Apply(line);
        }

        private void OpenForAppend(JournalLock writeLock)
        {
            var dir = System.IO.Path.GetDirectoryName(System.IO.Path.GetFullPath(Path));
            if (!string.IsNullOrEmpty(dir)) Directory.CreateDirectory(dir);
            // Others may read the journal while the batch runs (Excel, Get-Content -Wait); the lock keeps other writers out.
            _file = new FileStream(Path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.Read);
            _writeLock = writeLock;
            if (!HasHeader())
            {
                // A new journal, or one holding nothing but a byte order mark: start it afresh with the mark Excel
                // needs to read UTF-8, and the header.
                _file.SetLength(0);
                var byteOrderMark = new UTF8Encoding(encoderShouldEmitUTF8Identifier: true).GetPreamble();
                _file.Write(byteOrderMark, 0, byteOrderMark.Length);
                Write(JournalCsv.Format(JournalEntry.Columns) + "\r\n");
                _delimiter = JournalCsv.Comma;
                return;
            }
            _file.Seek(0, SeekOrigin.End);
            // A crash may have left half a line; start ours on a fresh line so both stay readable.
            if (!EndsWithNewLine()) Write("\r\n");
        }

        private bool HasHeader()
        {
            _file!.Seek(0, SeekOrigin.Begin);
            var reader = new StreamReader(_file, Encoding.UTF8, detectEncodingFromByteOrderMarks: true, bufferSize: 1024, leaveOpen: true);
            return !string.IsNullOrWhiteSpace(reader.ReadLine());
        }

        private bool EndsWithNewLine()
        {
            if (_file!.Length == 0) return true;
            _file.Seek(-1, SeekOrigin.End);
            var last = _file.ReadByte();
            _file.Seek(0, SeekOrigin.End);
            return last == '\n';
        }

        private void Write(string text)
        {
            var bytes = _utf8.GetBytes(text);
            _file!.Write(bytes, 0, bytes.Length);
            _file.Flush(flushToDisk: true);
        }

        public void Dispose()
        {
            lock (_lock)
            {
                _file?.Dispose();
                _file = null;
                _writeLock?.Dispose();
                _writeLock = null;
            }
        }
    }
}
