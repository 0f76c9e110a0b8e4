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
        private readonly OrderCaps? _caps;
        private int _inFlight;
        private ErrorRecord? _journalFailure;

        public OrderBatch(Cmdlet cmdlet, string activity, YeastarClient client, OrderJournal? journal, int throttleLimit, CancellationToken stop, OrderCaps? caps = null)
        {
            _caps = caps;
            _cmdlet = cmdlet;
            _client = client;
            _journal = journal;
            _slots = new SemaphoreSlim(throttleLimit, throttleLimit);
            _writer = new PipelineWriter(cmdlet);
            _stop = stop;
            Progress = new BatchProgress(activity);
        }

        public BatchProgress Progress { get; }

        /// <summary>What the orders that succeeded cost, per currency.</summary>
        public SpendTally Bought { get; } = new SpendTally();

        /// <summary>A row refused by the checks: journaled as Failed (it says nothing about earlier orders) and written as an error.</summary>
        public void Reject(JournalEntry row, ErrorRecord error)
        {
            WhileRunning(() =>
            {
                Journal(row.With(OrderOutcome.Failed, JournalStage.Checked, error.ErrorDetails?.Message ?? error.ToString()));
                Finish(OrderOutcome.Failed, () => _cmdlet.WriteError(error));
            });
        }

        /// <summary>
        /// False when the journal settles the row: already bought (Skipped, with a Skipped output and a
        /// verbose line) or an earlier order with unknown outcome (refused until -Reconcile settles it).
        /// </summary>
        public bool Admit(OrderRow row, long rowNumber, object target)
        {
            var state = _journal?.StateOf(row.Key) ?? DeviceState.NotBought;
            if (state == DeviceState.NotBought) return true;
            WhileRunning(() =>
            {
                var earlier = _journal!.LastLineOf(row.Key);
                if (state == DeviceState.Bought)
                {
                    Skip(row, earlier, $"Row {rowNumber} ({row.Label}): skipped, the journal shows it was bought ({earlier?.OrderNo}, {earlier?.TimeForMessage}).");
                    return;
                }
                var settleAfter = earlier?.SettleAfterValue;
                var when = settleAfter > DateTimeOffset.Now ? $" (\"not bought\" can be concluded only after {MessageTime.Format(settleAfter.Value)}, when no late request can still land)" : "";
                var error = ErrorRecords.Create("OrderOutcomeUnsettled", ErrorCategory.ResourceExists,
                    $"Row {rowNumber} ({row.Label}): an earlier order for it has an unknown outcome ({earlier?.TimeForMessage}); it is not bought again until that is settled.",
                    $"Run the same command with -Reconcile to look the order up in the Partner Portal first{when}, or check with {row.FindCommand(earlier?.TimeValue)}.", target);
                Journal(row.ToJournalEntry().With(OrderOutcome.Failed, JournalStage.Checked, error.ErrorDetails.Message));
                Finish(OrderOutcome.Failed, () => _cmdlet.WriteError(error));
            });
            return false;
        }

        /// <summary>
        /// Journals the row as Skipped (already bought, per <paramref name="earlier"/>) and outputs it, saying why
        /// in -Verbose only: a re-run that buys nothing needs no action, so it writes no warning per row.
        /// </summary>
        public void Skip(OrderRow row, JournalEntry? earlier, string reason, JournalStage stage = JournalStage.Journal, string? note = null)
        {
            WhileRunning(() =>
            {
                Journal(row.ToJournalEntry().With(OrderOutcome.Skipped, stage, note, orderNo: earlier?.OrderNo, orderStatus: earlier?.OrderStatus, requestId: earlier?.RequestId));
                Finish(OrderOutcome.Skipped, () =>
                {
                    _cmdlet.WriteVerbose(reason);
                    _cmdlet.WriteObject(row.ToOutput(OrderOutcome.Skipped, null, earlier));
                });
            });
        }

        /// <summary>Journals the row as Sending, then sends it as soon as fewer than ThrottleLimit orders are in flight.</summary>
        public void Send(OrderRow row, long rowNumber, object target)
        {
            WhileRunning(() =>
            {
                ThrowIfWriteFailed();
                while (!_slots.Wait(0)) _writer.PumpOne(_stop);
                // The caps' check and reservation, in row order once the row has its slot: every order in flight
                // counts, and one the Partner Portal has refused by now has given its reservation back.
                if (_caps?.Reserve(row, rowNumber, target) is ErrorRecord refused)
                {
                    _slots.Release();
                    Reject(row.ToJournalEntry(), refused);
                    return;
                }
                var line = row.ToJournalEntry();
                var sending = DateTimeOffset.Now;
                // Written before the order leaves: if the process dies now, the re-run sees Unknown, not "never sent".
                if (IsHalted || !Journal(line.With(OrderOutcome.Unknown, JournalStage.Sending,
                        "Sending. If this is the last line of this row, the process stopped before the reply: run again with -Reconcile.",
                        settleAfter: SettlePolicy.AfterSending(sending, _client.Options))))
                {
                    _slots.Release();
                    _caps?.Release(row);
                    Finish(OrderOutcome.Failed, () => _cmdlet.WriteError(NotSentError(row, rowNumber, target)));
                    return;
                }
                Interlocked.Increment(ref _inFlight);
                Task.Run(() => SendOneAsync(row, line, sending, rowNumber, target));
                _writer.PumpPending();
            });
        }

        /// <summary>True once a journal line could not be written: no further order is sent.</summary>
        public bool IsHalted => Volatile.Read(ref _journalFailure) != null;

        /// <summary>Waits for the orders in flight, writes their results and the summary line; call from EndProcessing.</summary>
        public void Complete()
        {
            WhileRunning(() =>
            {
                Drain();
                ThrowIfWriteFailed();
                _cmdlet.WriteProgress(Progress.ToRecord(completed: true));
                // The summary line, with what was bought per currency, then a batch the journal halted ends in error,
                // after every row and order in flight has been reported.
                Progress.Summary.Write(_cmdlet, Bought.SummaryParts());
                var journalFailure = Volatile.Read(ref _journalFailure);
                if (journalFailure != null) _cmdlet.ThrowTerminatingError(journalFailure);
            });
        }

        /// <summary>Waits for the orders in flight (e.g. before a terminating error), writing their results.</summary>
        public void Drain()
        {
            while (Volatile.Read(ref _inFlight) > 0) _writer.PumpOne(_stop);
            _writer.PumpPending();
        }

        private async Task SendOneAsync(OrderRow row, JournalEntry line, DateTimeOffset sending, long rowNumber, object target)
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
                    Bought.Add(row.Price);
                    report = () => _cmdlet.WriteObject(output);
                }
            }
            catch (YeastarApiException e) when (!e.RequestMayHaveBeenProcessed)
            {
                outcome = OrderOutcome.Failed;
                _caps?.Release(row);
                var record = ErrorRecords.FromApi(e, target);
                // In the user's words; the refusal as sent, with the wire's field names, stays in record.Exception.
                record.ErrorDetails = new ErrorDetails($"Row {rowNumber} ({row.Label}): the Partner Portal refused the order: {WireWords.Translate(e.Message)}") { RecommendedAction = record.ErrorDetails.RecommendedAction };
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
                var settleAfter = SettlePolicy.AfterUnknown(sending, DateTimeOffset.Now, _client.Options);
                record.ErrorDetails = new ErrorDetails($"Row {rowNumber} ({row.Label}): the order may or may not have been placed: {reason}")
                {
                    RecommendedAction = $"Do not simply buy again. Run the same command with the same -JournalPath and -Reconcile (it settles the row from the Partner Portal's orders; \"not bought\" only after {MessageTime.Format(settleAfter)}, when no late request can still land), or check with {row.FindCommand(sending)}.",
                };
                result = line.With(outcome, JournalStage.Sent, record.ErrorDetails.Message, requestId: (e as YeastarApiException)?.RequestId, settleAfter: settleAfter);
                report = () => _cmdlet.WriteError(record);
            }

            try
            {
                Journal(result);
                Progress.Count(outcome, sent: true);
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
        /// Appends a journal line; false when it cannot be written. The first failure is reported once as
        /// JournalWriteFailed, the command's terminating error once the batch is done, and halts the batch: no
        /// further order is sent (a sent order without its journal line could be bought again by the next run),
        /// while the rows already done keep their output.
        /// </summary>
        private bool Journal(JournalEntry line)
        {
            if (_journal == null || !_journal.CanWrite) return true;
            try
            {
                // A blob journal's requests show in -Verbose like the orders' own.
                using (ApiTrace.Use(_writer)) _journal.Append(line);
                return true;
            }
            catch (Exception e) when (e is IOException || e is UnauthorizedAccessException)
            {
                var error = ErrorRecords.Create("JournalWriteFailed", ErrorCategory.WriteError,
                    $"The journal '{_journal.Path}' could not be written ({e.Message}); no further order is sent. The row of {Describe(line)} ended {line.Outcome}{(line.OrderNo.Length > 0 ? $" (order {line.OrderNo})" : "")}.",
                    JournalAdvice.WhenUnwritable(_journal.Path), _journal.Path, e);
                Interlocked.CompareExchange(ref _journalFailure, error, null);
                return false;
            }
        }

        private static string Describe(JournalEntry line) =>
            line.DeviceSerialNumber != null ? $"serial number '{line.DeviceSerialNumber}'" : $"'{line.KeyOrSerialNumber}'";

        /// <summary>A row that reached the batch after the journal failed: not sent, and said so.</summary>
        private ErrorRecord NotSentError(OrderRow row, long rowNumber, object target) =>
            ErrorRecords.Create("JournalUnavailable", ErrorCategory.WriteError,
                $"Row {rowNumber} ({row.Label}): not sent, because the journal '{_journal?.Path}' can no longer be written.",
                JournalAdvice.WhenUnwritable(_journal?.Path ?? ""), target);

        /// <summary>A write that failed on the pipeline thread ends the batch: no new order, the ones in flight finish first.</summary>
        private void ThrowIfWriteFailed()
        {
            if (!_writer.WriteFailed) return;
            Drain();
            _writer.ThrowIfWriteFailed();
        }

        private void Finish(OrderOutcome outcome, Action report)
        {
            Progress.Count(outcome, sent: false);
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
