using System.Net;
using System.Security;
using System.Text;
using YeastarPartner.Client.Blob;
using YeastarPartner.Client.Http;
using YeastarPartner.Orders.Journal;
using YeastarPartner.Tests.Infrastructure;

namespace YeastarPartner.Tests.Orders.Journal;

/// <summary>The blob journal store against Azurite: one writer by lease, appends at the expected position, failures that stop writing.</summary>
public sealed class BlobJournalStoreTests(AzuriteFixture azurite) : IClassFixture<AzuriteFixture>
{
    private static readonly BlobJournalTimings Fast = new()
    {
        WaitPoll = TimeSpan.FromMilliseconds(100),
        RequestTimeout = TimeSpan.FromSeconds(10),
        Retry = new RetryPolicy(4, TimeSpan.FromMilliseconds(50)),
    };

    private static byte[] Bytes(string text) => Encoding.UTF8.GetBytes(text);

    private static BlobJournalStore Writer(string url, HttpMessageHandler? handler = null, BlobJournalTimings? timings = null)
    {
        var store = BlobJournalStore.Open(url, null, timings ?? Fast, handler);
        store.AcquireWriter(_ => { }, CancellationToken.None);
        return store;
    }

    [Fact]
    public void A_new_blob_is_created_empty_and_reads_back_every_appended_byte_in_order()
    {
        var url = azurite.NewBlobUrl();
        using (var first = Writer(url))
        {
            Assert.Empty(first.ReadAll());
            first.Append(Bytes("header\r\n"));
            first.Append(Bytes("line 1\r\n"));
        }
        using var second = Writer(url);
        second.Append(Bytes("line 2\r\n"));
        Assert.Equal("header\r\nline 1\r\nline 2\r\n", Encoding.UTF8.GetString(second.ReadAll()));
    }

    [Fact]
    public async Task A_second_writer_waits_for_the_lease_says_so_once_naming_the_blob_then_reads_what_the_first_wrote()
    {
        var url = azurite.NewBlobUrl();
        var first = Writer(url);
        first.Append(Bytes("first\r\n"));
        var said = new List<string>();
        using var second = BlobJournalStore.Open(url, null, Fast);
        var acquiring = Task.Run(() => second.AcquireWriter(m => { lock (said) said.Add(m); }, CancellationToken.None));

        await Task.Delay(1500);
        Assert.False(acquiring.IsCompleted, "the second writer must wait while the first holds the lease");
        first.Dispose();
        await acquiring.WaitAsync(TimeSpan.FromSeconds(20));

        var message = Assert.Single(said);
        Assert.Contains(BlobUrl.Parse(url).Display, message);
        Assert.Contains("UTC", message);
        Assert.DoesNotContain("sig=", message);
        second.Append(Bytes("second\r\n"));
        Assert.Equal("first\r\nsecond\r\n", Encoding.UTF8.GetString(second.ReadAll()));
    }

    [Fact]
    public void Waiting_for_the_lease_ends_with_OperationCanceled_when_the_command_is_stopped()
    {
        var url = azurite.NewBlobUrl();
        using var first = Writer(url);
        using var second = BlobJournalStore.Open(url, null, Fast);
        using var stop = new CancellationTokenSource(TimeSpan.FromMilliseconds(500));
        Assert.ThrowsAny<OperationCanceledException>(() => second.AcquireWriter(_ => { }, stop.Token));
    }

    [Fact]
    public async Task A_lease_whose_holder_died_expires_by_itself_and_the_next_writer_proceeds()
    {
        var url = azurite.NewBlobUrl();
        using (var raw = azurite.Client(url))
        {
            await raw.CreateAppendBlobAsync(CancellationToken.None);
            // A holder that never releases nor renews: Blob Storage's shortest lease, 15 s.
            Assert.True(await raw.AcquireLeaseAsync(Guid.NewGuid().ToString(), TimeSpan.FromSeconds(15), CancellationToken.None));
        }
        var waited = 0;
        using var next = BlobJournalStore.Open(url, null, Fast);
        next.AcquireWriter(_ => waited++, CancellationToken.None);
        next.Append(Bytes("after\r\n"));
        Assert.Equal(1, waited);
        Assert.Equal("after\r\n", Encoding.UTF8.GetString(next.ReadAll()));
    }

    [Fact]
    public async Task A_lease_broken_by_someone_else_refuses_this_append_and_every_later_one()
    {
        var url = azurite.NewBlobUrl();
        using var store = Writer(url);
        store.Append(Bytes("before\r\n"));
        using (var raw = azurite.Client(url)) await raw.BreakLeaseAsync(CancellationToken.None);

        var refused = Assert.ThrowsAny<IOException>(() => store.Append(Bytes("after break\r\n")));
        Assert.Contains("lease", refused.Message);
        // Even with the lease free again and taken by nobody, a lost lease is not taken back silently.
        Assert.ThrowsAny<IOException>(() => store.Append(Bytes("later\r\n")));
        Assert.Equal("before\r\n", Encoding.UTF8.GetString(store.ReadAll()));
    }

    [Fact]
    public void Storage_that_answers_503_three_times_then_recovers_stores_the_line_once()
    {
        var url = azurite.NewBlobUrl();
        var handler = new StorageFaultHandler("comp=appendblock", failures: 3);
        using var store = Writer(url, handler);
        store.Append(Bytes("one\r\n"));
        store.Append(Bytes("two\r\n"));
        Assert.Equal(3, handler.Faulted);
        Assert.Equal("one\r\ntwo\r\n", Encoding.UTF8.GetString(store.ReadAll()));
    }

    [Fact]
    public void An_append_that_landed_but_whose_answer_was_lost_is_recognised_not_written_twice_nor_called_a_failure()
    {
        var url = azurite.NewBlobUrl();
        var handler = new StorageFaultHandler("comp=appendblock", failures: 1, HttpStatusCode.InternalServerError, afterForwarding: true);
        using var store = Writer(url, handler);
        store.Append(Bytes("one\r\n"));
        store.Append(Bytes("two\r\n"));
        Assert.Equal(1, handler.Faulted);
        Assert.Equal("one\r\ntwo\r\n", Encoding.UTF8.GetString(store.ReadAll()));
    }

    [Fact]
    public void Storage_down_past_the_retry_budget_fails_the_append_and_every_later_one()
    {
        var url = azurite.NewBlobUrl();
        var handler = new StorageFaultHandler("comp=appendblock", failures: 100);
        using var store = Writer(url, handler);
        var failure = Assert.ThrowsAny<IOException>(() => store.Append(Bytes("one\r\n")));
        Assert.Contains(BlobUrl.Parse(url).Display, failure.Message);
        Assert.ThrowsAny<IOException>(() => store.Append(Bytes("two\r\n")));
        Assert.Equal(5, handler.Faulted); // one try and four retries, then no more
    }

    [Fact]
    public void An_expired_SAS_stops_before_anything_is_written_says_so_and_never_shows_the_signature()
    {
        var url = azurite.BlobUrlText($"expired-{Guid.NewGuid():N}.csv", sasExpiry: DateTimeOffset.UtcNow.AddHours(-1));
        using var store = BlobJournalStore.Open(url, null, Fast);
        var failure = Assert.Throws<BlobStorageException>(() => store.AcquireWriter(_ => { }, CancellationToken.None));
        Assert.Contains("expired", failure.Message);
        Assert.DoesNotContain(AzuriteSas.SignatureOf(url), failure.ToString());
        Assert.DoesNotContain("sig=", failure.ToString());
    }

    [Fact]
    public void A_SAS_without_write_permission_is_refused_with_the_permissions_it_needs()
    {
        var url = azurite.BlobUrlText($"readonly-{Guid.NewGuid():N}.csv", permissions: "rl");
        using var store = BlobJournalStore.Open(url, null, Fast);
        var failure = Assert.Throws<BlobStorageException>(() => store.AcquireWriter(_ => { }, CancellationToken.None));
        Assert.Contains("sp=racw", failure.Message);
        Assert.DoesNotContain(AzuriteSas.SignatureOf(url), failure.ToString());
    }

    [Fact]
    public void A_missing_container_is_named_with_how_to_create_it()
    {
        var url = azurite.BlobUrlText("x.csv").Replace($"/{AzuriteFixture.Container}/", "/no-such-container/");
        using var store = BlobJournalStore.Open(url, null, Fast);
        var failure = Assert.Throws<BlobStorageException>(() => store.AcquireWriter(_ => { }, CancellationToken.None));
        Assert.Contains("'no-such-container' does not exist", failure.Message);
        Assert.Contains("az storage container create", failure.Message);
    }

    [Fact]
    public void An_unreachable_endpoint_is_named_after_the_retries_and_nothing_leaks()
    {
        var port = new System.Net.Sockets.TcpListener(IPAddress.Loopback, 0);
        port.Start();
        var free = ((IPEndPoint)port.LocalEndpoint).Port;
        port.Stop();
        var url = $"http://127.0.0.1:{free}/{AzuriteSas.Account}/{AzuriteFixture.Container}/x.csv?{AzuriteSas.AccountSas(DateTimeOffset.UtcNow.AddHours(1))}";
        using var store = BlobJournalStore.Open(url, null, Fast);
        var failure = Assert.Throws<BlobStorageException>(() => store.AcquireWriter(_ => { }, CancellationToken.None));
        Assert.Contains("cannot be reached", failure.Message);
        Assert.DoesNotContain("sig=", failure.ToString());
    }

    [Fact]
    public void A_bearer_token_goes_in_the_Authorization_header_of_every_request_and_never_in_a_message()
    {
        var url = azurite.BlobUrlText($"token-{Guid.NewGuid():N}.csv", withSas: false);
        var token = new SecureString();
        foreach (var c in "secret-token-value") token.AppendChar(c);
        var handler = new StorageFaultHandler("never", 0);
        using var store = BlobJournalStore.Open(url, token, Fast, handler);
        // Azurite takes bearer tokens only over https with --oauth, so it refuses this one; what matters is what was sent and said.
        var failure = Assert.Throws<BlobStorageException>(() => store.AcquireWriter(_ => { }, CancellationToken.None));
        Assert.NotEmpty(handler.Authorizations);
        Assert.All(handler.Authorizations, a => Assert.Equal("Bearer secret-token-value", a));
        Assert.DoesNotContain("secret-token-value", failure.ToString());
        Assert.DoesNotContain("secret-token-value", store.DisplayName);
    }

    [Fact]
    public void A_URL_with_nothing_to_authorise_it_is_refused_before_any_request()
    {
        var failure = Assert.Throws<ArgumentException>(() => BlobJournalStore.Open(azurite.BlobUrlText("x.csv", withSas: false), null, Fast));
        Assert.Contains("-JournalAccessToken", failure.Message);
    }

    [Fact]
    public void The_lease_is_renewed_in_the_background_so_a_run_longer_than_the_lease_keeps_writing()
    {
        var url = azurite.NewBlobUrl();
        var shortLease = new BlobJournalTimings { LeaseDuration = TimeSpan.FromSeconds(15), RenewEvery = TimeSpan.FromSeconds(3), RenewMargin = TimeSpan.FromSeconds(5), WaitPoll = Fast.WaitPoll, Retry = Fast.Retry };
        using var store = Writer(url, timings: shortLease);
        Thread.Sleep(TimeSpan.FromSeconds(18));
        store.Append(Bytes("still mine\r\n"));
        Assert.Equal("still mine\r\n", Encoding.UTF8.GetString(store.ReadAll()));
    }
}
