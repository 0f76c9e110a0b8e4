using System;
using System.Diagnostics;
using System.Threading;
using System.Threading.Tasks;
using YeastarPartner.Client.Blob;

namespace YeastarPartner.Orders.Journal
{
    /// <summary>
    /// Renews a held blob lease in the background until stopped. A lease it cannot renew before it would run out
    /// (refused, or storage silent too long) is reported lost once, through <c>onLost</c>; the holder then stops
    /// writing. Renewals are not traced: they run on their own clock, not in a cmdlet's call.
    /// </summary>
    internal sealed class BlobLeaseKeeper : IDisposable
    {
        private readonly BlobRestClient _client;
        private readonly string _leaseId;
        private readonly BlobJournalTimings _timings;
        private readonly Action<string> _onLost;
        private readonly CancellationTokenSource _stop = new CancellationTokenSource();
        private readonly Task _loop;

        public BlobLeaseKeeper(BlobRestClient client, string leaseId, BlobJournalTimings timings, Action<string> onLost)
        {
            _client = client;
            _leaseId = leaseId;
            _timings = timings;
            _onLost = onLost;
            using (ExecutionContext.SuppressFlow())
                _loop = Task.Run(RenewLoopAsync);
        }

        private async Task RenewLoopAsync()
        {
            // Durations on the monotonic clock (the wall clock can be slewed or stepped), and a renewal counted from
            // when it was sent: the lease's new minute starts somewhere between sending and the reply.
            var clock = Stopwatch.StartNew();
            var renewedAt = clock.Elapsed;
            while (!_stop.IsCancellationRequested)
            {
                try
                {
                    await Task.Delay(_timings.RenewEvery, _stop.Token).ConfigureAwait(false);
                    var trustUntil = renewedAt + _timings.LeaseDuration - _timings.RenewMargin;
                    var sent = clock.Elapsed;
                    using (var deadline = new CancellationTokenSource(Remaining(trustUntil - clock.Elapsed)))
                    using (var linked = CancellationTokenSource.CreateLinkedTokenSource(_stop.Token, deadline.Token))
                    {
                        try
                        {
                            await _client.RenewLeaseAsync(_leaseId, linked.Token).ConfigureAwait(false);
                            renewedAt = sent;
                        }
                        catch (Exception e) when ((e is BlobStorageException s && s.IsTransient || e is OperationCanceledException) && !_stop.IsCancellationRequested)
                        {
                            if (clock.Elapsed >= trustUntil)
                            {
                                _onLost($"the lease on '{_client.Url.Display}' could not be renewed for {(clock.Elapsed - renewedAt).TotalSeconds:0} s ({(e as BlobStorageException)?.Message ?? "storage did not answer"}), so another run may take it.");
                                return;
                            }
                        }
                    }
                }
                catch (OperationCanceledException) when (_stop.IsCancellationRequested)
                {
                    return;
                }
                catch (BlobStorageException e)
                {
                    _onLost(e.Message);
                    return;
                }
                catch (Exception e)
                {
                    // Anything unforeseen: the lease can no longer be vouched for.
                    _onLost($"renewing the lease on '{_client.Url.Display}' failed ({BlobUrl.Redact(e.Message)}).");
                    return;
                }
            }
        }

        private static TimeSpan Remaining(TimeSpan left) => left > TimeSpan.FromMilliseconds(1) ? left : TimeSpan.FromMilliseconds(1);

        /// <summary>Stops renewing and waits for a renewal in flight to end (so a release cannot cross it).</summary>
        public void Dispose()
        {
            _stop.Cancel();
            try { _loop.Wait(TimeSpan.FromSeconds(30)); } catch (AggregateException) { }
            _stop.Dispose();
        }
    }
}
