using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;

namespace YeastarPartner.Orders
{
    /// <summary>
    /// The -JournalPath CSV file: what earlier runs did to each device, and one appended line per row of
    /// this run, flushed to disk before the caller goes on. Thread-safe: concurrent orders append in turn.
    /// </summary>
    internal sealed class OrderJournal : IDisposable
    {
        private static readonly string Header = JournalCsv.Format(JournalEntry.Columns);
        private readonly object _lock = new object();
        private readonly Dictionary<string, DeviceState> _states = new Dictionary<string, DeviceState>(StringComparer.OrdinalIgnoreCase);
        private readonly Dictionary<string, JournalEntry> _lastLines = new Dictionary<string, JournalEntry>(StringComparer.OrdinalIgnoreCase);
        private FileStream? _file;
        private StreamWriter? _writer;

        private OrderJournal(string path) => Path = path;

        public string Path { get; }

        /// <summary>False under -WhatIf: the journal is read, never changed.</summary>
        public bool CanWrite => _writer != null;

        /// <summary>Reads the journal if it exists; with <paramref name="writable"/> opens it for appending (creating it).</summary>
        public static OrderJournal Open(string path, bool writable)
        {
            var journal = new OrderJournal(path);
            if (File.Exists(path)) journal.Load();
            if (writable) journal.OpenForAppend();
            return journal;
        }

        public DeviceState StateOf(string serialNumber)
        {
            lock (_lock) return _states.TryGetValue(serialNumber, out var state) ? state : DeviceState.NotBought;
        }

        /// <summary>The devices whose last order has an unknown outcome, with the line that says so.</summary>
        public IReadOnlyList<JournalEntry> Unsettled()
        {
            lock (_lock) return _states.Where(s => s.Value == DeviceState.Unknown).Select(s => _lastLines[s.Key]).ToList();
        }

        /// <summary>The last line that concerns the device's purchase (for a skipped row's order number).</summary>
        public JournalEntry? LastLineOf(string serialNumber)
        {
            lock (_lock) return _lastLines.TryGetValue(serialNumber, out var line) ? line : null;
        }

        /// <summary>Appends and flushes to disk. Throws IOException (or UnauthorizedAccessException) when it cannot.</summary>
        public void Append(JournalEntry line)
        {
            lock (_lock)
            {
                if (_writer == null) throw new InvalidOperationException("The journal was opened read-only.");
                _writer.WriteLine(JournalCsv.Format(line.ToFields()));
                _writer.Flush();
                _file!.Flush(flushToDisk: true);
                Remember(line);
            }
        }

        private void Load()
        {
            using (var reader = new StreamReader(Path, Encoding.UTF8, detectEncodingFromByteOrderMarks: true))
            {
                var header = reader.ReadLine();
                if (header == null) return;
                var columns = JournalCsv.Parse(header);
                if (!JournalEntry.Columns.Take(11).SequenceEqual(columns.Take(11), StringComparer.OrdinalIgnoreCase))
                    throw new InvalidDataException($"'{Path}' is not an order journal: its first line is not {Header}.");
                string? text;
                while ((text = reader.ReadLine()) != null)
                {
                    if (text.Length == 0) continue;
                    var fields = JournalCsv.Parse(text);
                    // A line cut short by a crash mid-write is ignored: its row is the one still marked Sending.
                    if (fields.Length >= 11) Remember(JournalEntry.FromFields(fields));
                }
            }
        }

        private void Remember(JournalEntry line)
        {
            if (line.SerialNumber.Length == 0) return;
            var before = _states.TryGetValue(line.SerialNumber, out var s) ? s : DeviceState.NotBought;
            var after = DeviceStates.Apply(before, line);
            _states[line.SerialNumber] = after;
            if (after != before || !_lastLines.ContainsKey(line.SerialNumber) || line.Stage != nameof(JournalStage.Checked))
                _lastLines[line.SerialNumber] = line;
        }

        private void OpenForAppend()
        {
            var dir = System.IO.Path.GetDirectoryName(System.IO.Path.GetFullPath(Path));
            if (!string.IsNullOrEmpty(dir)) Directory.CreateDirectory(dir);
            // Others may read the journal while the batch runs (Excel, Get-Content -Wait), not write it.
            _file = new FileStream(Path, FileMode.Append, FileAccess.Write, FileShare.Read);
            var isNew = _file.Length == 0;
            // A byte order mark lets Excel read the file as UTF-8; appends to an existing journal add none.
            _writer = new StreamWriter(_file, new UTF8Encoding(encoderShouldEmitUTF8Identifier: isNew)) { NewLine = "\r\n" };
            if (isNew)
            {
                _writer.WriteLine(Header);
                _writer.Flush();
                _file.Flush(flushToDisk: true);
            }
            else EnsureEndsWithNewLine();
        }

        /// <summary>A crash may have left half a line; start ours on a fresh line so both stay readable.</summary>
        private void EnsureEndsWithNewLine()
        {
            using (var read = new FileStream(Path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite))
            {
                if (read.Length == 0) return;
                read.Seek(-1, SeekOrigin.End);
                if (read.ReadByte() == '\n') return;
            }
            _writer!.WriteLine();
            _writer.Flush();
        }

        public void Dispose()
        {
            lock (_lock)
            {
                _writer?.Dispose();
                _file?.Dispose();
                _writer = null;
            }
        }
    }
}
