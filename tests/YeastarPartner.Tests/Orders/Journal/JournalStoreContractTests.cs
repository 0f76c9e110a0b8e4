using System.Text;
using YeastarPartner.Client.Http;
using YeastarPartner.Orders.Journal;
using YeastarPartner.Tests.Infrastructure;

namespace YeastarPartner.Tests.Orders.Journal;

/// <summary>
/// What every journal store promises (<see cref="IJournalStore"/>), run against the file store and the blob
/// store alike: OrderJournal relies on exactly this, whichever store holds the journal.
/// </summary>
public abstract class JournalStoreContract
{
    /// <summary>A store for the journal called <paramref name="name"/>; two calls with one name reach the same journal.</summary>
    internal abstract IJournalStore Open(string name);

    private static string NewName() => $"contract-{Guid.NewGuid():N}.csv";
    private static byte[] Bytes(string text) => Encoding.UTF8.GetBytes(text);
    private static string Text(byte[] bytes) => Encoding.UTF8.GetString(bytes);

    [Fact]
    public void A_journal_that_does_not_exist_reads_empty_and_becoming_its_writer_creates_it_empty()
    {
        var name = NewName();
        using (var reader = Open(name)) Assert.Empty(reader.ReadAll());
        using var writer = Open(name);
        writer.AcquireWriter(_ => throw new Xunit.Sdk.XunitException("nobody holds a new journal"), CancellationToken.None);
        Assert.Empty(writer.ReadAll());
        using var other = Open(name);
        Assert.Empty(other.ReadAll());
    }

    [Fact]
    public void Appended_bytes_read_back_exactly_and_in_order_by_the_writer_and_by_any_reader()
    {
        var name = NewName();
        using var writer = Open(name);
        writer.AcquireWriter(_ => { }, CancellationToken.None);
        writer.Append(Bytes("\uFEFFheader\r\n"));
        writer.Append(Bytes("één\r\n"));
        writer.Append(Bytes("two\r\n"));
        Assert.Equal("\uFEFFheader\r\néén\r\ntwo\r\n", Text(writer.ReadAll()));
        using var reader = Open(name);
        Assert.Equal("\uFEFFheader\r\néén\r\ntwo\r\n", Text(reader.ReadAll()));
    }

    [Fact]
    public async Task A_second_writer_waits_saying_so_once_and_then_continues_after_the_first_writers_bytes()
    {
        var name = NewName();
        var first = Open(name);
        first.AcquireWriter(_ => { }, CancellationToken.None);
        first.Append(Bytes("first\r\n"));
        var said = 0;
        using var second = Open(name);
        var acquiring = Task.Run(() => second.AcquireWriter(_ => Interlocked.Increment(ref said), CancellationToken.None));
        await Task.Delay(1000);
        Assert.False(acquiring.IsCompleted);
        first.Dispose();
        await acquiring.WaitAsync(TimeSpan.FromSeconds(30));
        second.Append(Bytes("second\r\n"));
        Assert.Equal(1, said);
        Assert.Equal("first\r\nsecond\r\n", Text(second.ReadAll()));
    }

    [Fact]
    public void Waiting_ends_with_OperationCanceled_when_stopped()
    {
        var name = NewName();
        using var first = Open(name);
        first.AcquireWriter(_ => { }, CancellationToken.None);
        using var second = Open(name);
        using var stop = new CancellationTokenSource(TimeSpan.FromMilliseconds(500));
        Assert.ThrowsAny<OperationCanceledException>(() => second.AcquireWriter(_ => { }, stop.Token));
    }

    [Fact]
    public void Appending_without_being_the_writer_is_refused()
    {
        using var reader = Open(NewName());
        Assert.Throws<InvalidOperationException>(() => reader.Append(Bytes("x\r\n")));
    }
}

public sealed class FileJournalStoreContractTests : JournalStoreContract, IDisposable
{
    private readonly string _folder = Directory.CreateDirectory(Path.Combine(Path.GetTempPath(), $"ys-contract-{Guid.NewGuid():N}")).FullName;

    internal override IJournalStore Open(string name) => new FileJournalStore(Path.Combine(_folder, name));

    public void Dispose() => Directory.Delete(_folder, recursive: true);
}

public sealed class BlobJournalStoreContractTests(AzuriteFixture azurite) : JournalStoreContract, IClassFixture<AzuriteFixture>
{
    internal override IJournalStore Open(string name) =>
        BlobJournalStore.Open(azurite.BlobUrlText(name), null, new BlobJournalTimings { WaitPoll = TimeSpan.FromMilliseconds(100), Retry = new RetryPolicy(3, TimeSpan.FromMilliseconds(50)) });
}
