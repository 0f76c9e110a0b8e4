using System;
using System.IO;
using System.Text;

namespace YeastarPartner.Orders.Journal
{
    /// <summary>
    /// The encoding a journal was saved in, told from its bytes, so that the lines appended are written in that
    /// same encoding: a journal re-saved as UTF-16 (<c>Export-Csv -Encoding Unicode</c>) and appended to in
    /// UTF-8 would hold lines nobody can read, and the devices on them would be bought again.
    /// </summary>
    internal static class JournalEncoding
    {
        /// <summary>What a new journal is written in: UTF-8 with the byte order mark Excel needs to read it as UTF-8.</summary>
        public static readonly Encoding New = new UTF8Encoding(encoderShouldEmitUTF8Identifier: true, throwOnInvalidBytes: true);

        private static readonly Encoding Utf8NoMark = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

        /// <summary>
        /// The encoding of <paramref name="bytes"/> and the length of its byte order mark: UTF-8 with or without a
        /// mark, UTF-16 LE or BE, UTF-32 LE or BE (with a mark, or UTF-16 without one told by its zero bytes).
        /// Throws <see cref="InvalidDataException"/> for anything else (an ANSI code page: Excel's plain "CSV
        /// (Comma delimited)"), which the module will not append to: a file in two encodings reads wrong.
        /// </summary>
        public static Encoding Detect(byte[] bytes, string displayName, out int markLength)
        {
            var marked = FromByteOrderMark(bytes, out markLength);
            if (marked != null) return marked;
            var unmarkedUtf16 = Utf16WithoutMark(bytes);
            if (unmarkedUtf16 != null) return unmarkedUtf16;
            try
            {
                Utf8NoMark.GetCharCount(bytes);
                return Utf8NoMark;
            }
            catch (DecoderFallbackException)
            {
                throw new InvalidDataException(
                    $"'{displayName}' is not saved as Unicode text (UTF-8, UTF-16 or UTF-32): probably an ANSI code page (Excel's 'CSV (Comma delimited)'). " +
                    "The module will not append to it, since a file in two encodings reads wrong. Convert it once, then run again: in Excel, Save As 'CSV UTF-8 (Comma delimited)'; " +
                    "in PowerShell 7, Set-Content -Path <journal> -Value (Get-Content -Path <journal> -Encoding ansi) -Encoding utf8BOM.");
            }
        }

        private static Encoding? FromByteOrderMark(byte[] b, out int markLength)
        {
            markLength = 0;
            // UTF-32 LE starts like UTF-16 LE: test it first.
            if (StartsWith(b, 0xFF, 0xFE, 0x00, 0x00)) { markLength = 4; return new UTF32Encoding(bigEndian: false, byteOrderMark: true, throwOnInvalidCharacters: true); }
            if (StartsWith(b, 0x00, 0x00, 0xFE, 0xFF)) { markLength = 4; return new UTF32Encoding(bigEndian: true, byteOrderMark: true, throwOnInvalidCharacters: true); }
            if (StartsWith(b, 0xEF, 0xBB, 0xBF)) { markLength = 3; return New; }
            if (StartsWith(b, 0xFF, 0xFE)) { markLength = 2; return new UnicodeEncoding(bigEndian: false, byteOrderMark: true, throwOnInvalidBytes: true); }
            if (StartsWith(b, 0xFE, 0xFF)) { markLength = 2; return new UnicodeEncoding(bigEndian: true, byteOrderMark: true, throwOnInvalidBytes: true); }
            return null;
        }

        /// <summary>UTF-16 without a mark: a journal is ASCII text, so every other byte is zero.</summary>
        private static Encoding? Utf16WithoutMark(byte[] b)
        {
            if (b.Length < 4 || b.Length % 2 != 0) return null;
            int zeroEven = 0, zeroOdd = 0;
            for (var i = 0; i < b.Length; i++)
                if (b[i] == 0) { if (i % 2 == 0) zeroEven++; else zeroOdd++; }
            var half = b.Length / 2;
            if (zeroOdd > half * 9 / 10 && zeroEven == 0) return new UnicodeEncoding(bigEndian: false, byteOrderMark: false, throwOnInvalidBytes: true);
            if (zeroEven > half * 9 / 10 && zeroOdd == 0) return new UnicodeEncoding(bigEndian: true, byteOrderMark: false, throwOnInvalidBytes: true);
            return null;
        }

        private static bool StartsWith(byte[] bytes, params byte[] prefix)
        {
            if (bytes.Length < prefix.Length) return false;
            for (var i = 0; i < prefix.Length; i++) if (bytes[i] != prefix[i]) return false;
            return true;
        }

        /// <summary>The text after the byte order mark; an unreadable sequence is an error, never a silent replacement.</summary>
        public static string Decode(byte[] bytes, Encoding encoding, int markLength, string displayName)
        {
            try
            {
                return encoding.GetString(bytes, markLength, bytes.Length - markLength);
            }
            catch (DecoderFallbackException e)
            {
                throw new InvalidDataException($"'{displayName}' holds bytes that are not valid {encoding.WebName} text ({e.Message}). Restore it from a backup or save it again as 'CSV UTF-8'.", e);
            }
        }
    }
}
