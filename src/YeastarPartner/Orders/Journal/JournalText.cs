using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;

namespace YeastarPartner.Orders.Journal
{
    /// <summary>
    /// A journal's text read into lines: its delimiter, its header, each line that is a whole record with its
    /// position, and what is not a line (a line cut short by a crash or a full disk), said in <see cref="Warnings"/>.
    /// </summary>
    internal sealed class JournalText
    {
        /// <summary>
        /// Lines written by this module have at least these many fields (every column up to SettleAfter). An
        /// unterminated last line with fewer than the header's columns, or a line with fewer than this many where
        /// the header has more, was cut short; older journals' shorter headers ask for less.
        /// </summary>
        private const int FieldsOfAWholeLine = 17;

        private JournalText() { }

        public bool HasHeader { get; private set; }
        public char Delimiter { get; private set; } = JournalCsv.Comma;

        /// <summary>The records, in file order, each with its 1-based line number.</summary>
        public IReadOnlyList<(JournalEntry Entry, int LineNumber)> Records { get; private set; } = Array.Empty<(JournalEntry, int)>();

        /// <summary>The last line has no line end: the next line written must start on a line of its own.</summary>
        public bool NeedsLineEnd { get; private set; }

        /// <summary>The last line was cut inside a quoted field: closing the quote keeps spreadsheets from reading the next line into it.</summary>
        public bool EndsInsideQuotes { get; private set; }

        public IReadOnlyList<string> Warnings { get; private set; } = Array.Empty<string>();

        public static JournalText Parse(string text, string displayName)
        {
            var result = new JournalText();
            var warnings = new List<string>();
            var records = new List<(JournalEntry, int)>();
            var lines = SplitLines(text, out var lastHasLineEnd);
            var headerWidth = 0;
            for (var i = 0; i < lines.Count; i++)
            {
                var line = lines[i];
                var lineNumber = i + 1;
                var isLast = i == lines.Count - 1;
                if (!result.HasHeader)
                {
                    if (string.IsNullOrWhiteSpace(line)) continue;
                    result.Delimiter = JournalCsv.DetectDelimiter(line) ?? throw new InvalidDataException(
                        $"'{displayName}' is not an order journal: its first line is not the journal header ({string.Join(",", JournalEntry.Columns)}). " +
                        "If it was edited in a spreadsheet, save it again as 'CSV UTF-8 (comma delimited)' with the header line unchanged, or pass a new -JournalPath.");
                    result.HasHeader = true;
                    headerWidth = JournalCsv.Parse(line, result.Delimiter).Length;
                    if (isLast && !lastHasLineEnd) result.NeedsLineEnd = true;
                    continue;
                }
                if (line.Trim().Trim(result.Delimiter).Length == 0)
                {
                    if (isLast && !lastHasLineEnd && line.Length > 0) result.NeedsLineEnd = true;
                    continue;
                }
                var quotesOpen = line.Count(c => c == '"') % 2 != 0;
                var fields = JournalCsv.Parse(line, result.Delimiter);
                var unterminated = isLast && !lastHasLineEnd;
                var needed = unterminated ? headerWidth : Math.Min(headerWidth, FieldsOfAWholeLine);
                if (quotesOpen || fields.Length < Math.Max(needed, JournalEntry.RequiredColumns))
                {
                    warnings.Add(unterminated
                        ? $"The journal '{displayName}' ends with a line cut short (line {lineNumber}, no line end: the process or the disk stopped while writing it). It is not read as a line: an order is sent only after its line is whole, so a cut 'Sending' line means that order was never sent. The line: {Shorten(line)}"
                        : $"Line {lineNumber} of the journal '{displayName}' is not a whole journal line (cut short, or a quote left open) and is not read: {Shorten(line)}");
                    if (unterminated)
                    {
                        result.NeedsLineEnd = true;
                        result.EndsInsideQuotes = quotesOpen;
                    }
                    continue;
                }
                if (unterminated) result.NeedsLineEnd = true;
                records.Add((JournalEntry.FromFields(fields), lineNumber));
            }
            result.Records = records;
            result.Warnings = warnings;
            return result;
        }

        /// <summary>Lines split at CR LF, LF or CR; says whether the last one had its line end.</summary>
        private static List<string> SplitLines(string text, out bool lastHasLineEnd)
        {
            var lines = new List<string>();
            var start = 0;
            lastHasLineEnd = true;
            for (var i = 0; i < text.Length; i++)
            {
                var c = text[i];
                if (c != '\n' && c != '\r') continue;
                lines.Add(text.Substring(start, i - start));
                if (c == '\r' && i + 1 < text.Length && text[i + 1] == '\n') i++;
                start = i + 1;
            }
            if (start < text.Length)
            {
                lines.Add(text.Substring(start));
                lastHasLineEnd = false;
            }
            return lines;
        }

        private static string Shorten(string line) => line.Length <= 200 ? line : line.Substring(0, 200) + "...";
    }
}
