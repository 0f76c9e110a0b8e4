using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using System.Threading;
using YeastarPartner.Orders.Journal;

namespace YeastarPartner.Orders
{
    /// <summary>
    /// What an order journal means, wherever it is stored (<see cref="IJournalStore"/>): what earlier runs did to
    /// each key, folded in time order, and one line appended per row of this run, stored before the caller goes on.
    /// The same whatever its line order, its encoding (lines are appended in the one it was saved in) or its
    /// delimiter. Thread-safe within the run (concurrent orders append in turn).
    /// </summary>
    internal sealed class OrderJournal : IDisposable
    {
        private const string LineEnd = "\r\n";

        private readonly object _lock = new object();
        private readonly Dictionary<string, KeyHistory> _keys = new Dictionary<string, KeyHistory>(StringComparer.OrdinalIgnoreCase);
        private readonly IJournalStore _store;
        private Encoding _encoding = JournalEncoding.New;
        private char _delimiter = JournalCsv.Comma;
        private bool _canWrite;

        private OrderJournal(IJournalStore store) => _store = store;

        /// <summary>How messages name the journal: its path, or its URL without a query.</summary>
        public string Path => _store.DisplayName;

        /// <summary>False under -WhatIf: the journal is read, never changed.</summary>
        public bool CanWrite => _canWrite;

        /// <summary>What reading found that the user should know: lines that are not whole lines.</summary>
        public IReadOnlyList<string> Warnings { get; private set; } = Array.Empty<string>();

        /// <summary>
        /// Reads the journal. With <paramref name="write"/>, first becomes its only writer (waiting for another run,
        /// <paramref name="waiting"/> told once), then prepares it for appending: a header for a new journal, a line
        /// end after a last line that lacks one. The store is owned by the journal from here on.
        /// </summary>
        public static OrderJournal Open(IJournalStore store, bool write, Action<string> waiting, CancellationToken stop)
        {
            var journal = new OrderJournal(store);
            try
            {
                if (write) store.AcquireWriter(waiting, stop);
                var text = journal.Load(store.ReadAll());
                if (write) journal.PrepareForAppend(text);
                return journal;
            }
            catch
            {
                journal.Dispose();
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

        /// <summary>Appends one whole line and has the store keep it durably. Throws IOException (or UnauthorizedAccessException) when it cannot.</summary>
        public void Append(JournalEntry line)
        {
            lock (_lock)
            {
                if (!_canWrite) throw new InvalidOperationException("The journal was opened read-only.");
                Write(JournalCsv.Format(line.ToFields(), _delimiter) + LineEnd);
                Remember(line);
            }
        }

        private JournalText? Load(byte[] bytes)
        {
            if (bytes.Length == 0) return null;
            _encoding = JournalEncoding.Detect(bytes, Path, out var markLength);
            var text = JournalText.Parse(JournalEncoding.Decode(bytes, _encoding, markLength, Path), Path);
            _delimiter = text.Delimiter;
            Warnings = text.Warnings;
            foreach (var line in InTimeOrder(text.Records)) Remember(line);
            return text;
        }

        /// <summary>
        /// The lines ordered by their Time (position breaks ties), so a journal sorted or filtered in a spreadsheet
        /// folds the same. A line whose time cannot be read keeps its place after the line before it.
        /// </summary>
        private static IEnumerable<JournalEntry> InTimeOrder(IReadOnlyList<(JournalEntry Entry, int LineNumber)> records)
        {
            var lastTime = DateTimeOffset.MinValue;
            var timed = new List<(DateTimeOffset Time, int LineNumber, JournalEntry Entry)>(records.Count);
            foreach (var (entry, lineNumber) in records)
            {
                lastTime = entry.TimeValue ?? lastTime;
                timed.Add((lastTime, lineNumber, entry));
            }
            return timed.OrderBy(t => t.Time.UtcDateTime).ThenBy(t => t.LineNumber).Select(t => t.Entry);
        }

        private void PrepareForAppend(JournalText? text)
        {
            _canWrite = true;
            if (text == null || !text.HasHeader)
            {
                // A new journal, or one holding nothing but a byte order mark: the mark Excel needs to read UTF-8
                // (only at the very start), then the header.
                var mark = text == null ? _encoding.GetPreamble() : new byte[0];
                var header = _encoding.GetBytes((text?.NeedsLineEnd == true ? LineEnd : "") + JournalCsv.Format(JournalEntry.Columns) + LineEnd);
                _delimiter = JournalCsv.Comma;
                _store.Append(mark.Concat(header).ToArray());
                return;
            }
            // A line cut short stays cut off from ours: its quote closed, so that spreadsheets do not read our line into it.
            if (text.NeedsLineEnd) Write((text.EndsInsideQuotes ? "\"" : "") + LineEnd);
        }

        private void Write(string text) => _store.Append(_encoding.GetBytes(text));

        private void Remember(JournalEntry line)
        {
            var key = line.KeyOrSerialNumber;
            if (key.Length == 0) return;
            if (!_keys.TryGetValue(key, out var history)) _keys[key] = history = new KeyHistory();
            history.Apply(line);
        }

        /// <summary>Releases the store's lock or lease, however the command ended.</summary>
        public void Dispose()
        {
            lock (_lock)
            {
                _canWrite = false;
                _store.Dispose();
            }
        }
    }
}
