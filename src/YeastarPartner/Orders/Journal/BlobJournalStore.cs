using System;
using System.IO;
using System.Net.Http;
using System.Security;
using System.Threading;
using YeastarPartner.Client.Blob;

namespace YeastarPartner.Orders.Journal
{
    /// <summary>
    /// A journal in an Azure Append Blob, shared by every machine that can reach it. One writer at a time by a
    /// blob lease (60 s, renewed in the background); every line appended under the lease at the position this
    /// writer expects, so a line is stored whole, once, and never after another writer's. A lease that is lost,
    /// or storage that stays silent past the retry budget, turns every later <see cref="Append"/> into an
    /// error: the batch stops sending orders.
    /// </summary>
    internal sealed class BlobJournalStore : IJournalStore
    {
        private readonly object _lock = new object();
        private readonly BlobRestClient _client;
        private readonly BlobJournalTimings _timings;
        private string? _leaseId;
        private BlobLeaseKeeper? _keeper;
        private long _length;
        private string? _lost;

        public BlobJournalStore(BlobRestClient client, BlobJournalTimings? timings = null)
        {
            _client = client;
            _timings = timings ?? new BlobJournalTimings();
        }

        /// <summary>
        /// A store for <paramref name="url"/>, authorised by its SAS or by <paramref name="token"/>. Throws
        /// <see cref="ArgumentException"/> for a URL that is not a blob's, or that nothing authorises.
        /// </summary>
        public static BlobJournalStore Open(string url, SecureString? token, BlobJournalTimings? timings = null, HttpMessageHandler? handler = null)
        {
            var blob = BlobUrl.Parse(url);
            if (!blob.HasSas && (token == null || token.Length == 0))
                throw new ArgumentException($"Nothing authorises the journal '{blob.Display}': add a SAS to the URL's query (permissions read, add, create, write) or pass an Entra ID token for storage as -JournalAccessToken.");
            timings = timings ?? new BlobJournalTimings();
            return new BlobJournalStore(new BlobRestClient(blob, token, timings.RequestTimeout, timings.Retry, handler), timings);
        }

        public string DisplayName => _client.Url.Display;

        public void AcquireWriter(Action<string> waiting, CancellationToken stop)
        {
            _client.CreateAppendBlobAsync(stop).GetAwaiter().GetResult();
            var leaseId = Guid.NewGuid().ToString();
            DateTime? waitingSince = null;
            while (!_client.AcquireLeaseAsync(leaseId, _timings.LeaseDuration, stop).GetAwaiter().GetResult())
            {
                if (waitingSince == null)
                {
                    waitingSince = DateTime.UtcNow;
                    var properties = _client.GetPropertiesAsync(stop).GetAwaiter().GetResult();
                    var written = properties?.LastModified == null ? "" : $"; it was last written {properties.LastModified}";
                    waiting($"The journal blob '{DisplayName}' is leased by another run (found so at {waitingSince:HH:mm:ss} UTC{written}). " +
                        $"A run whose machine died frees it within {_timings.LeaseDuration.TotalSeconds:0} s.");
                }
                if (stop.WaitHandle.WaitOne(_timings.WaitPoll)) throw new OperationCanceledException(stop);
            }
            try
            {
                var held = _client.GetPropertiesAsync(stop).GetAwaiter().GetResult()
                    ?? throw new IOException($"The journal blob '{DisplayName}' was deleted while this run leased it. Run again.");
                if (!held.IsAppendBlob)
                    throw new IOException($"The journal blob '{DisplayName}' is a {held.BlobType}, not an append blob (a journal uploaded as a file is a block blob). " +
                        "Upload it again as an append blob (az storage blob upload --type append) or give a new blob name.");
                lock (_lock)
                {
                    _leaseId = leaseId;
                    _length = held.Length;
                    _keeper = new BlobLeaseKeeper(_client, leaseId, _timings, MarkLost);
                }
            }
            catch
            {
                Release(leaseId);
                throw;
            }
        }

        public byte[] ReadAll() => _client.GetAsync(CancellationToken.None).GetAwaiter().GetResult() ?? new byte[0];

        public void Append(byte[] bytes)
        {
            lock (_lock)
            {
                if (_lost != null) throw new IOException($"The journal '{DisplayName}' can no longer be written: {_lost}");
                if (_leaseId == null) throw new InvalidOperationException("The journal was opened read-only.");
                try
                {
                    var response = _client.AppendBlockAsync(bytes, _leaseId, _length, CancellationToken.None).GetAwaiter().GetResult();
                    if (response.IsSuccess || (response.Status == 412 && response.ErrorCode == "AppendPositionConditionNotMet" && response.Attempts > 1 && Landed(bytes)))
                    {
                        _length += bytes.Length;
                        return;
                    }
                    throw BlobFailures.Refused(_client.Url, "append a line to", response);
                }
                catch (BlobStorageException e)
                {
                    // The line may or may not be stored: nothing more is written, so nothing is written out of order.
                    MarkLost(e.Message);
                    throw;
                }
            }
        }

        /// <summary>After a retried append was refused for its position: did an earlier attempt store these very bytes?</summary>
        private bool Landed(byte[] bytes)
        {
            var stored = _client.GetAsync(CancellationToken.None).GetAwaiter().GetResult() ?? new byte[0];
            if (stored.Length != _length + bytes.Length) return false;
            for (var i = 0; i < bytes.Length; i++)
                if (stored[_length + i] != bytes[i]) return false;
            return true;
        }

        private void MarkLost(string reason)
        {
            // Set without the append lock: the keeper reports while an append may be waiting on storage.
            Interlocked.CompareExchange(ref _lost, reason, null);
        }

        private void Release(string leaseId)
        {
            try
            {
                using (var quick = new CancellationTokenSource(TimeSpan.FromSeconds(10)))
                    _client.ReleaseLeaseAsync(leaseId, quick.Token).GetAwaiter().GetResult();
            }
            catch (Exception e) when (e is BlobStorageException || e is OperationCanceledException)
            {
                // The lease runs out by itself within its duration.
            }
        }

        public void Dispose()
        {
            BlobLeaseKeeper? keeper;
            string? leaseId;
            lock (_lock)
            {
                keeper = _keeper;
                leaseId = _leaseId;
                _keeper = null;
                _leaseId = null;
                if (_lost == null) _lost = "the journal was closed.";
            }
            keeper?.Dispose();
            if (leaseId != null) Release(leaseId);
            _client.Dispose();
        }
    }
}
