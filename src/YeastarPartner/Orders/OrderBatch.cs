using System;
using System.IO;
using System.Management.Automation;
using System.Threading;
using System.Threading.Tasks;
using YeastarPartner.Base;
using YeastarPartner.Client;
using YeastarPartner.Client.Diagnostics;
using YeastarPartner.Client.Errors;
using YeastarPartner.Client.Models;

namespace YeastarPartner.Orders
{
    /// <summary>
    /// Sends the orders of one cmdlet invocation: checks each row against the journal, journals it before
    /// and after sending, keeps up to ThrottleLimit orders in flight, and writes every result on the
    /// pipeline thread. The cmdlet validates rows and asks ShouldProcess; this class does the rest.
    /// Never resends an order: an order without a certain answer ends as Unknown.
    /// </summary>
    internal sealed class OrderBatch
    {
        /// <summary>How long a stopped batch waits for cancelled orders to be journaled before it returns.</summary>
        private static readonly TimeSpan StopGrace = TimeSpan.FromSeconds(30);

        private readonly Cmdlet _cmdlet;
        private readonly YeastarClient _client;
        private readonly OrderJournal? _journal;
        private readonly SemaphoreSlim _slots;
        private readonly PipelineWriter _writer;
        private readonly CancellationToken _stop;
        private int _inFlight;
        private volatile ErrorRecord? _journalFailure;

        public OrderBatch(Cmdlet cmdlet, string activity, YeastarClient client, OrderJournal? journal, int throttleLimit, CancellationToken stop)
        {
            _cmdlet = cmdlet;
            _client = client;
            _journal = journal;
            _slots = new SemaphoreSlim(throttleLimit, throttleLimit);
            _writer = new PipelineWriter(cmdlet);
            _stop = stop;
            Progress = new BatchProgress(activity);
        }

        public BatchProgress Progress { get; }

        /// <summary>A row refused by the checks: journaled as Failed (it says nothing about earlier orders) and written as an error.</summary>
        public void Reject(JournalEntry row, ErrorRecord error)
        {
            WhileRunning(() =>
            {
                Journal(row.With(OrderOutcome.Failed, JournalStage.Checked, error.ErrorDetails?.Message ?? error.ToString()), fatal: true);
                Finish(OrderOutcome.Failed, () => _cmdlet.WriteError(error));
            });
        }

        /// <summary>
        /// False when the journal settles the row: already bought (Skipped, with a warning and a Skipped
        /// output) or an earlier order with unknown outcome (refused until -Reconcile settles it).
        /// </summary>
        public bool Admit(IOrderRow row, long rowNumber, object target)
        {
            var state = _journal?.StateOf(row.SerialNumber) ?? DeviceState.NotBought;
            if (state == DeviceState.NotBought) return true;
            WhileRunning(() =>
            {
                var earlier = _journal!.LastLineOf(row.SerialNumber);
                if (state == DeviceState.Bought)
                {
                    var message = $"Row {rowNumber} (serial number '{row.SerialNumber}'): skipped, the journal shows it was bought ({earlier?.OrderNo}, {earlier?.Time}).";
                    Journal(row.ToJournalEntry().With(OrderOutcome.Skipped, JournalStage.Journal, orderNo: earlier?.OrderNo, orderStatus: earlier?.OrderStatus, requestId: earlier?.RequestId), fatal: true);
                    Finish(OrderOutcome.Skipped, () =>
                    {
                        _cmdlet.WriteWarning(message);
                        _cmdlet.WriteObject(row.ToOutput(OrderOutcome.Skipped, null, earlier));
                    });
                    return;
                }
                var error = ErrorRecords.Create("OrderOutcomeUnsettled", ErrorCategory.ResourceExists,
                    $"Row {rowNumber} (serial number '{row.SerialNumber}'): an earlier order for this device has an unknown outcome ({earlier?.Time}); it is not bought again until that is settled.",
                    $"Run the same command with -Reconcile to look the order up in the Partner Portal first, or check with Get-YsOrder -SerialNumber {row.SerialNumber}.", target);
                Journal(row.ToJournalEntry().With(OrderOutcome.Failed, JournalStage.Checked, error.ErrorDetails.Message), fatal: true);
                Finish(OrderOutcome.Failed, () => _cmdlet.WriteError(error));
            });
            return false;
        }

        /// <summary>Journals the row as Sending, then sends it as soon as fewer than ThrottleLimit orders are in flight.</summary>
        public void Send(IOrderRow row, long rowNumber, object target)
        {
            WhileRunning(() =>
            {
                ThrowIfWriteFailed();
                while (!_slots.Wait(0)) _writer.PumpOne(_stop);
                ThrowIfJournalBroken();
                var line = row.ToJournalEntry();
                try
                {
                    // Written before the order leaves: if the process dies now, the re-run sees Unknown, not "never sent".
                    Journal(line.With(OrderOutcome.Unknown, JournalStage.Sending, "Sending. If this is the device's last line, the process stopped before the reply: run again with -Reconcile."), fatal: true);
                }
                catch
                {
                    _slots.Release();
                    throw;
                }
                Interlocked.Increment(ref _inFlight);
                Task.Run(() => SendOneAsync(row, line, rowNumber, target));
                _writer.PumpPending();
            });
        }

        /// <summary>Waits for the orders in flight and writes their results; call from EndProcessing.</summary>
        public void Complete()
        {
            WhileRunning(() =>
            {
                Drain();
                ThrowIfWriteFailed();
                _cmdlet.WriteProgress(Progress.ToRecord(completed: true));
                ThrowIfJournalBroken();
            });
        }

        /// <summary>Waits for the orders in flight (e.g. before a terminating error), writing their results.</summary>
        public void Drain()
        {
            while (Volatile.Read(ref _inFlight) > 0) _writer.PumpOne(_stop);
            _writer.PumpPending();
        }

        private async Task SendOneAsync(IOrderRow row, JournalEntry line, long rowNumber, object target)
        {
            JournalEntry result;
            Action report;
            OrderOutcome outcome;
            try
            {
                using (ApiTrace.Use(_writer))
                {
                    var created = await _client.CreateOrderAsync(row.ToOrderRequest(), _stop).ConfigureAwait(false);
                    outcome = OrderOutcome.Succeeded;
                    result = line.With(outcome, JournalStage.Sent, orderNo: created.OrderNo, orderStatus: created.OrderStatus, requestId: created.RequestId);
                    var output = row.ToOutput(outcome, created, null);
                    report = () => _cmdlet.WriteObject(output);
                }
            }
            catch (YeastarApiException e) when (!e.RequestMayHaveBeenProcessed)
            {
                outcome = OrderOutcome.Failed;
                var record = ErrorRecords.FromApi(e, target);
                record.ErrorDetails = new ErrorDetails($"Row {rowNumber} (serial number '{row.SerialNumber}'): {e.Message}") { RecommendedAction = record.ErrorDetails.RecommendedAction };
                result = line.With(outcome, JournalStage.Sent, e.Message, requestId: e.RequestId);
                report = () => _cmdlet.WriteError(record);
            }
            catch (Exception e)
            {
                // Timeout, broken connection, 5xx, unreadable reply, Ctrl+C while waiting: the order may exist.
                outcome = OrderOutcome.Unknown;
                var reason = e is OperationCanceledException ? "the command was stopped while waiting for the reply." : e.Message;
                var record = e is YeastarApiException api
                    ? ErrorRecords.FromApi(api, target, "OrderOutcomeUnknown")
                    : ErrorRecords.Create("OrderOutcomeUnknown", ErrorCategory.OperationStopped, reason, "", target, e);
                record.ErrorDetails = new ErrorDetails($"Row {rowNumber} (serial number '{row.SerialNumber}'): the order may or may not have been placed: {reason}")
                {
                    RecommendedAction = $"Do not simply buy again. Run the same command with the same -JournalPath and -Reconcile, or check with Get-YsOrder -SerialNumber {row.SerialNumber}.",
                };
                result = line.With(outcome, JournalStage.Sent, record.ErrorDetails.Message, requestId: (e as YeastarApiException)?.RequestId);
                report = () => _cmdlet.WriteError(record);
            }

            try
            {
                Journal(result, fatal: false);
                Progress.Count(outcome);
                _writer.Post(report);
                _writer.WriteProgress(Progress.ToRecord(completed: false));
            }
            finally
            {
                Interlocked.Decrement(ref _inFlight);
                _slots.Release();
                _writer.Post(() => { }); // wakes the pipeline thread waiting for a slot
            }
        }

        /// <summary>
        /// Appends a journal line. A line that cannot be written stops the batch: on the pipeline thread at
        /// once (<paramref name="fatal"/>), from an order in flight before the next order is sent.
        /// </summary>
        private void Journal(JournalEntry line, bool fatal)
        {
            if (_journal == null || !_journal.CanWrite) return;
            try
            {
                _journal.Append(line);
            }
            catch (Exception e) when (e is IOException || e is UnauthorizedAccessException)
            {
                var error = ErrorRecords.Create("JournalWriteFailed", ErrorCategory.WriteError,
                    $"The journal '{_journal.Path}' could not be written ({e.Message}); no further order is sent. The row of serial number '{line.SerialNumber}' ended {line.Outcome}.",
                    "Free the disk or the file (close it in Excel), then run the same command again with the same -JournalPath.", _journal.Path, e);
                _journalFailure = error;
                if (fatal) ThrowIfJournalBroken();
            }
        }

        /// <summary>A write that failed on the pipeline thread ends the batch: no new order, the ones in flight finish first.</summary>
        private void ThrowIfWriteFailed()
        {
            if (!_writer.WriteFailed) return;
            Drain();
            _writer.ThrowIfWriteFailed();
        }

        private void ThrowIfJournalBroken()
        {
            var failure = _journalFailure;
            if (failure == null) return;
            Drain();
            _cmdlet.ThrowTerminatingError(failure);
        }

        private void Finish(OrderOutcome outcome, Action report)
        {
            Progress.Count(outcome);
            report();
            _cmdlet.WriteProgress(Progress.ToRecord(completed: false));
            _writer.PumpPending();
        }

        /// <summary>
        /// Waits (without writing) until the orders in flight are journaled, or the stop grace period ends:
        /// for a stop that reached the pipeline outside this batch, before the journal is closed.
        /// </summary>
        public void AwaitInFlight() => SpinWait.SpinUntil(() => Volatile.Read(ref _inFlight) == 0, StopGrace);

        /// <summary>
        /// Runs pipeline-thread work; when the command is stopped (Ctrl+C), waits for the orders in flight to
        /// be journaled as Succeeded or Unknown before letting PowerShell stop.
        /// </summary>
        private void WhileRunning(Action work)
        {
            try
            {
                work();
            }
            catch (Exception e) when (e is OperationCanceledException || e is PipelineStoppedException)
            {
                AwaitInFlight();
                throw new PipelineStoppedException();
            }
        }
    }
}
