using System.Text;
using YeastarPartner.Orders;
using YeastarPartner.Orders.Journal;

namespace YeastarPartner.Tests.Orders;

/// <summary>What a journal file says about each key, read back the way the next run reads it.</summary>
public sealed class JournalTests : IDisposable
{
    private readonly string _path = Path.Combine(Path.GetTempPath(), $"ys-journal-{Guid.NewGuid():N}.csv");

    private OrderJournal Read(string text)
    {
        File.WriteAllText(_path, text, new UTF8Encoding(true));
        return OrderJournal.Open(new FileJournalStore(_path), write: false, _ => { }, CancellationToken.None);
    }

    private static string Line(params string[] fields) => JournalCsv.Format(fields) + "\r\n";

    private static readonly string FirstReleaseHeader = Line("SerialNumber", "Plan", "BillingCycle", "MultiCycle", "BillingContactId", "Outcome", "OrderNo", "OrderStatus", "RequestId", "Time", "Error", "Stage");

    [Fact]
    public void A_journal_of_the_first_release_keeps_its_keys_and_states()
    {
        var journal = Read(FirstReleaseHeader
            + Line("AA11", "Enterprise", "Monthly", "0", "1", "Succeeded", "EU1", "succeed", "r1", "2026-11-01T10:00:00+00:00", "", "Sent")
            + Line("BB22", "Enterprise", "Monthly", "0", "1", "Unknown", "", "", "", "2026-11-01T10:00:01+00:00", "Sending.", "Sending")
            + Line("new:12:own:row3", "Enterprise", "Annually", "1", "1", "Unknown", "", "", "", "2026-11-01T10:00:02+00:00", "", "Sent"));

        Assert.Equal(DeviceState.Bought, journal.StateOf("AA11"));
        Assert.Equal(DeviceState.Unknown, journal.StateOf("bb22"));
        var unsettled = journal.Unsettled();
        Assert.Equal(2, unsettled.Count);
        Assert.Equal(new DateTimeOffset(2026, 11, 1, 10, 0, 1, TimeSpan.Zero), unsettled.Single(k => k.LastLine!.SerialNumber == "BB22").PendingSince);
        Assert.Null(unsettled.Single(k => k.LastLine!.KeyOrSerialNumber.StartsWith("new:")).LastLine!.DeviceSerialNumber);
    }

    [Fact]
    public void An_unknown_order_is_pending_since_its_first_sending_line_and_settles_after_the_latest_time_given()
    {
        var sending = new JournalEntry { SerialNumber = "AA11", Key = "AA11", Operation = "renew_plan" };
        var journal = Read(JournalCsv.Format(JournalEntry.Columns) + "\r\n"
            + Line(Fields(sending, "Unknown", "Sending", "2026-11-01T10:00:00+00:00", "2026-11-01T10:20:00+00:00"))
            + Line(Fields(sending, "Unknown", "Sent", "2026-11-01T10:01:40+00:00", "2026-11-01T10:06:40+00:00"))
            + Line(Fields(sending, "Unknown", "Reconciled", "2026-11-01T10:05:00+00:00", "2026-11-01T10:25:00+00:00")));

        var key = Assert.Single(journal.Unsettled());
        Assert.Equal(new DateTimeOffset(2026, 11, 1, 10, 0, 0, TimeSpan.Zero), key.PendingSince);
        Assert.Equal(new DateTimeOffset(2026, 11, 1, 10, 25, 0, TimeSpan.Zero), key.SettleAfter);
        Assert.Equal("renew_plan", key.LastLine!.Operation);
    }

    [Fact]
    public void A_refusal_before_sending_does_not_settle_an_unknown_order_but_a_reconciled_failure_does()
    {
        var line = new JournalEntry { SerialNumber = "AA11", Key = "AA11" };
        var text = JournalCsv.Format(JournalEntry.Columns) + "\r\n"
            + Line(Fields(line, "Unknown", "Sent", "2026-11-01T10:00:00+00:00", ""))
            + Line(Fields(line, "Failed", "Checked", "2026-11-01T10:01:00+00:00", ""));
        Assert.Equal(DeviceState.Unknown, Read(text).StateOf("AA11"));

        Assert.Equal(DeviceState.NotBought, Read(text + Line(Fields(line, "Failed", "Reconciled", "2026-11-01T11:00:00+00:00", ""))).StateOf("AA11"));
    }

    [Fact]
    public void A_bought_key_is_returned_to_not_bought_only_by_a_reconciled_failure()
    {
        // PendingRecheck: the pending order a Skipped line rested on has since failed.
        var line = new JournalEntry { SerialNumber = "AA11", Key = "AA11", OrderNo = "EU7", OrderStatus = "pending" };
        var text = JournalCsv.Format(JournalEntry.Columns) + "\r\n"
            + Line(Fields(line, "Skipped", "Portal", "2026-11-01T10:00:00+00:00", ""))
            + Line(Fields(line, "Failed", "Checked", "2026-11-01T10:01:00+00:00", ""))
            + Line(Fields(line, "Failed", "Sent", "2026-11-01T10:02:00+00:00", ""));
        Assert.Equal(DeviceState.Bought, Read(text).StateOf("AA11"));

        Assert.Equal(DeviceState.NotBought, Read(text + Line(Fields(line, "Failed", "Reconciled", "2026-11-02T10:00:00+00:00", ""))).StateOf("AA11"));
    }

    [Fact]
    public void A_reconciled_failure_never_un_buys_a_key_bought_by_this_module_or_skipped_for_another_order()
    {
        var skipped = new JournalEntry { SerialNumber = "AA11", Key = "AA11", OrderNo = "EU7", OrderStatus = "pending" };
        var failedEu7 = Line(Fields(skipped, "Failed", "Reconciled", "2026-11-02T10:00:00+00:00", ""));
        var header = JournalCsv.Format(JournalEntry.Columns) + "\r\n";

        // Bought by our own order, then skipped: the key stays bought whatever is said of EU7.
        var own = new JournalEntry { SerialNumber = "AA11", Key = "AA11", OrderNo = "EU1" };
        Assert.Equal(DeviceState.Bought, Read(header + Line(Fields(own, "Succeeded", "Sent", "2026-11-01T09:00:00+00:00", ""))
            + Line(Fields(skipped, "Skipped", "Portal", "2026-11-01T10:00:00+00:00", "")) + failedEu7).StateOf("AA11"));
        // Skipped for EU7 and for EU8: EU7 failing leaves EU8.
        var other = new JournalEntry { SerialNumber = "AA11", Key = "AA11", OrderNo = "EU8", OrderStatus = "pending" };
        Assert.Equal(DeviceState.Bought, Read(header + Line(Fields(skipped, "Skipped", "Portal", "2026-11-01T10:00:00+00:00", ""))
            + Line(Fields(other, "Skipped", "Portal", "2026-11-01T11:00:00+00:00", "")) + failedEu7).StateOf("AA11"));
        // A failure naming no order (a hand-written line) un-buys nothing.
        var bare = new JournalEntry { SerialNumber = "AA11", Key = "AA11" };
        Assert.Equal(DeviceState.Bought, Read(header + Line(Fields(skipped, "Skipped", "Portal", "2026-11-01T10:00:00+00:00", ""))
            + Line(Fields(bare, "Failed", "Reconciled", "2026-11-02T10:00:00+00:00", ""))).StateOf("AA11"));
    }

    [Fact]
    public void A_user_key_is_the_key_whatever_the_serial_number()
    {
        var line = new JournalEntry { SerialNumber = "", Key = "key:PO-7-1" };
        var journal = Read(JournalCsv.Format(JournalEntry.Columns) + "\r\n" + Line(Fields(line, "Succeeded", "Sent", "2026-11-01T10:00:00+00:00", "")));

        Assert.Equal(DeviceState.Bought, journal.StateOf("key:PO-7-1"));
        Assert.Equal(DeviceState.NotBought, journal.StateOf("key:PO-7-2"));
    }

    [Fact]
    public void A_device_line_written_with_an_order_key_as_its_key_folds_under_the_device()
    {
        // Journals of earlier versions kept a device row's OrderKey in Key: the device is bought all the same.
        var old = new JournalEntry { SerialNumber = "AA11", Key = "key:PO-1" };
        var labelled = new JournalEntry { SerialNumber = "AA11", Key = "AA11", OrderKey = "PO-2" };
        var journal = Read(JournalCsv.Format(JournalEntry.Columns) + "\r\n"
            + Line(Fields(old, "Unknown", "Sent", "2026-11-01T10:00:00+00:00", ""))
            + Line(Fields(old, "Succeeded", "Reconciled", "2026-11-01T10:30:00+00:00", ""))
            + Line(Fields(labelled, "Skipped", "Journal", "2026-11-02T10:00:00+00:00", "")));

        Assert.Equal(DeviceState.Bought, journal.StateOf("AA11"));
        Assert.Equal(DeviceState.NotBought, journal.StateOf("key:PO-1"));
        Assert.Equal("PO-2", journal.LastLineOf("AA11")!.OrderKey);
    }

    private static string[] Fields(JournalEntry row, string outcome, string stage, string time, string settleAfter)
    {
        var copy = JournalEntry.FromFields(row.ToFields());
        copy.Outcome = outcome;
        copy.Stage = stage;
        copy.Time = time;
        copy.SettleAfter = settleAfter;
        return copy.ToFields();
    }

    public void Dispose() => File.Delete(_path);
}
