using System.Text;
using YeastarPartner.Orders;
using YeastarPartner.Orders.Journal;

namespace YeastarPartner.Tests.Orders;

/// <summary>
/// A journal means the same whatever happened to the file between runs: re-saved in another encoding, its
/// lines sorted, its last line cut short by a crash or a full disk.
/// </summary>
public sealed class JournalEdgeTests : IDisposable
{
    private readonly string _path = Path.Combine(Path.GetTempPath(), $"ys-journal-edge-{Guid.NewGuid():N}.csv");

    private static string Header => JournalCsv.Format(JournalEntry.Columns) + "\r\n";

    private static string Line(string key, string outcome, string stage, string time, string settleAfter = "") =>
        JournalCsv.Format(new JournalEntry { SerialNumber = key, Key = key, Plan = "Enterprise", Outcome = outcome, Stage = stage, Time = time, SettleAfter = settleAfter }.ToFields()) + "\r\n";

    private OrderJournal Open(bool write = false) =>
        OrderJournal.Open(new FileJournalStore(_path), write, _ => { }, CancellationToken.None);

    private static JournalEntry Bought(string key) =>
        new() { SerialNumber = key, Key = key, Plan = "Enterprise", Outcome = "Succeeded", Stage = "Sent", Time = JournalEntry.FormatTime(DateTimeOffset.Now) };

    public static TheoryData<string> Encodings => new() { "utf-16", "utf-16BE", "utf-32", "utf-32BE", "utf-8", "utf-8-nobom", "utf-16-nobom" };

    private static Encoding EncodingNamed(string name) => name switch
    {
        "utf-8" => new UTF8Encoding(true),
        "utf-8-nobom" => new UTF8Encoding(false),
        "utf-16" => new UnicodeEncoding(false, true),
        "utf-16BE" => new UnicodeEncoding(true, true),
        "utf-16-nobom" => new UnicodeEncoding(false, false),
        "utf-32" => new UTF32Encoding(false, true),
        "utf-32BE" => new UTF32Encoding(true, true),
        _ => throw new ArgumentException(name),
    };

    [Theory]
    [MemberData(nameof(Encodings))]
    public void A_journal_re_saved_in_another_encoding_is_appended_in_that_encoding_and_reads_whole(string encodingName)
    {
        var encoding = EncodingNamed(encodingName);
        File.WriteAllBytes(_path, encoding.GetPreamble().Concat(encoding.GetBytes(Header + Line("AA11", "Succeeded", "Sent", "2026-11-01T10:00:00+00:00"))).ToArray());

        using (var journal = Open(write: true)) journal.Append(Bought("BB22"));

        // The whole file decodes in its one encoding, and holds both lines.
        var bytes = File.ReadAllBytes(_path);
        var preamble = encoding.GetPreamble();
        Assert.Equal(preamble, bytes.Take(preamble.Length).ToArray());
        var text = new string(encoding.GetString(bytes, preamble.Length, bytes.Length - preamble.Length));
        Assert.Contains("\"BB22\"", text);
        Assert.DoesNotContain('\uFFFD', text);
        using var reread = Open();
        Assert.Equal(DeviceState.Bought, reread.StateOf("AA11"));
        Assert.Equal(DeviceState.Bought, reread.StateOf("BB22"));
    }

    [Fact]
    public void A_journal_in_an_ansi_code_page_is_refused_before_anything_is_written()
    {
        var ansi = Encoding.Latin1.GetBytes(Header + Line("AA11", "Succeeded", "Sent", "2026-11-01T10:00:00+00:00").Replace("Enterprise", "Entreprise é"));
        File.WriteAllBytes(_path, ansi);

        var refused = Assert.Throws<InvalidDataException>(() => Open(write: true));

        Assert.Contains("CSV UTF-8", refused.Message);
        Assert.Equal(ansi, File.ReadAllBytes(_path));
    }

    [Fact]
    public void Lines_sorted_newest_first_fold_as_they_happened()
    {
        // A first order refused by the API, then a second whose outcome is unknown: the device must stay Unknown.
        var lines = new[]
        {
            Line("AA11", "Unknown", "Sending", "2026-11-01T09:00:00+00:00", "2026-11-01T09:10:00+00:00"),
            Line("AA11", "Failed", "Sent", "2026-11-01T09:00:02+00:00"),
            Line("AA11", "Unknown", "Sending", "2026-11-01T10:00:00+00:00", "2026-11-01T10:10:00+00:00"),
            Line("AA11", "Unknown", "Sent", "2026-11-01T10:01:40+00:00", "2026-11-01T10:06:40+00:00"),
        };
        File.WriteAllText(_path, Header + string.Concat(lines.Reverse()), new UTF8Encoding(true));

        using var journal = Open();

        Assert.Equal(DeviceState.Unknown, journal.StateOf("AA11"));
        var key = Assert.Single(journal.Unsettled());
        Assert.Equal(new DateTimeOffset(2026, 11, 1, 10, 0, 0, TimeSpan.Zero), key.PendingSince);
        Assert.Equal(new DateTimeOffset(2026, 11, 1, 10, 10, 0, TimeSpan.Zero), key.SettleAfter);
    }

    [Fact]
    public void Any_order_of_the_lines_gives_the_same_states()
    {
        var lines = new[]
        {
            Line("AA11", "Unknown", "Sending", "2026-11-01T09:00:00+00:00"),
            Line("AA11", "Succeeded", "Sent", "2026-11-01T09:00:02+00:00"),
            Line("BB22", "Unknown", "Sending", "2026-11-01T09:01:00+01:00"),
            Line("BB22", "Unknown", "Sent", "2026-11-01T08:02:00+00:00"),
            Line("BB22", "Failed", "Reconciled", "2026-11-01T09:30:00+00:00"),
            Line("CC33", "Unknown", "Sending", "2026-11-01T09:05:00+00:00"),
        };
        var random = new Random(7);
        for (var i = 0; i < 20; i++)
        {
            File.WriteAllText(_path, Header + string.Concat(lines.OrderBy(_ => random.Next())), new UTF8Encoding(true));
            using var journal = Open();
            Assert.Equal(DeviceState.Bought, journal.StateOf("AA11"));
            Assert.Equal(DeviceState.NotBought, journal.StateOf("BB22"));
            Assert.Equal(DeviceState.Unknown, journal.StateOf("CC33"));
        }
    }

    [Fact]
    public void A_last_line_cut_short_is_not_a_line_and_is_named_in_a_warning()
    {
        var cut = Line("BB22", "Unknown", "Sending", "2026-11-01T10:00:00+00:00", "2026-11-01T10:10:00+00:00");
        File.WriteAllText(_path, Header + Line("AA11", "Succeeded", "Sent", "2026-11-01T09:00:00+00:00") + cut.Substring(0, 60), new UTF8Encoding(true));

        using var journal = Open();

        Assert.Equal(DeviceState.Bought, journal.StateOf("AA11"));
        Assert.Equal(DeviceState.NotBought, journal.StateOf("BB22"));
        var warning = Assert.Single(journal.Warnings);
        Assert.Contains("line 3", warning);
        Assert.Contains("never sent", warning);
    }

    [Fact]
    public void A_line_written_after_a_cut_line_starts_on_its_own_line_and_the_cut_line_stays_unread()
    {
        var cut = Line("BB22", "Unknown", "Sending", "2026-11-01T10:00:00+00:00", "2026-11-01T10:10:00+00:00");
        // Cut inside a quoted field: a spreadsheet would read the next line into it unless the quote is closed.
        File.WriteAllText(_path, Header + cut.Substring(0, cut.IndexOf("Sending", StringComparison.Ordinal) + 3), new UTF8Encoding(true));

        using (var journal = Open(write: true)) journal.Append(Bought("CC33"));

        using var reread = Open();
        Assert.Equal(DeviceState.NotBought, reread.StateOf("BB22"));
        Assert.Equal(DeviceState.Bought, reread.StateOf("CC33"));
        var lines = File.ReadAllLines(_path);
        Assert.Equal(3, lines.Length);
        Assert.Equal(0, lines[1].Count(c => c == '"') % 2);
        Assert.StartsWith("\"CC33\"", lines[2]);
    }

    [Fact]
    public void A_whole_last_line_without_its_line_end_is_read_and_the_next_line_starts_after_it()
    {
        File.WriteAllText(_path, Header + Line("AA11", "Succeeded", "Sent", "2026-11-01T09:00:00+00:00").TrimEnd(), new UTF8Encoding(true));

        using (var journal = Open(write: true))
        {
            Assert.Equal(DeviceState.Bought, journal.StateOf("AA11"));
            Assert.Empty(journal.Warnings);
            journal.Append(Bought("BB22"));
        }

        using var reread = Open();
        Assert.Equal(DeviceState.Bought, reread.StateOf("AA11"));
        Assert.Equal(DeviceState.Bought, reread.StateOf("BB22"));
    }

    public void Dispose()
    {
        File.Delete(_path);
        File.Delete(_path + ".lock");
    }
}
