using System.Collections.Generic;
using System.Text;

namespace YeastarPartner.Orders
{
    /// <summary>
    /// RFC 4180 lines as Excel and Import-Csv read them: every field quoted (so commas, quotes and leading
    /// zeros survive), line breaks inside a field flattened to spaces so one row is one line. The delimiter is
    /// a comma, or a semicolon where a spreadsheet with a European locale re-saved the file.
    /// </summary>
    internal static class JournalCsv
    {
        public const char Comma = ',';
        public const char Semicolon = ';';

        public static string Format(IEnumerable<string> fields, char delimiter = Comma)
        {
            var line = new StringBuilder();
            foreach (var field in fields)
            {
                if (line.Length > 0) line.Append(delimiter);
                var text = (field ?? "").Replace("\r\n", " ").Replace('\r', ' ').Replace('\n', ' ');
                line.Append('"').Append(text.Replace("\"", "\"\"")).Append('"');
            }
            return line.ToString();
        }

        public static string[] Parse(string line, char delimiter = Comma)
        {
            var fields = new List<string>();
            var field = new StringBuilder();
            var quoted = false;
            for (var i = 0; i < line.Length; i++)
            {
                var c = line[i];
                if (quoted)
                {
                    if (c != '"') field.Append(c);
                    else if (i + 1 < line.Length && line[i + 1] == '"') { field.Append('"'); i++; }
                    else quoted = false;
                }
                else if (c == '"') quoted = true;
                else if (c == delimiter) { fields.Add(field.ToString()); field.Clear(); }
                else field.Append(c);
            }
            fields.Add(field.ToString());
            return fields.ToArray();
        }

        /// <summary>The delimiter that makes <paramref name="headerLine"/> a journal header, or null when neither does.</summary>
        public static char? DetectDelimiter(string headerLine)
        {
            foreach (var delimiter in new[] { Comma, Semicolon })
                if (JournalEntry.IsHeader(Parse(headerLine, delimiter))) return delimiter;
            return null;
        }
    }
}
