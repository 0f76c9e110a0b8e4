using System;
using System.Collections.Concurrent;
using System.Management.Automation;
using System.Threading;
using YeastarPartner.Client.Diagnostics;

namespace YeastarPartner.Base
{
    /// <summary>
    /// Lets work on other threads write to the cmdlet's streams. PowerShell allows Write* only on the
    /// pipeline thread, so every write is queued here and run by <see cref="Pump"/> on that thread.
    /// </summary>
    internal sealed class PipelineWriter : IApiTrace
    {
        private readonly Cmdlet _cmdlet;
        private readonly BlockingCollection<Action> _actions;
        private Exception? _writeFailure;

        /// <param name="boundedCapacity">
        /// 0: unbounded. Otherwise a producer that gets this far ahead of the pipeline waits, so a listing
        /// fetches its next page only as the pipeline consumes the last one, and memory stays flat.
        /// </param>
        public PipelineWriter(Cmdlet cmdlet, int boundedCapacity = 0)
        {
            _cmdlet = cmdlet;
            _actions = boundedCapacity > 0 ? new BlockingCollection<Action>(boundedCapacity) : new BlockingCollection<Action>();
        }

        public void WriteObject(object value) => Post(() => _cmdlet.WriteObject(value));
        public void WriteError(ErrorRecord error) => Post(() => _cmdlet.WriteError(error));
        public void WriteWarning(string message) => Post(() => _cmdlet.WriteWarning(message));
        public void WriteProgress(ProgressRecord progress) => Post(() => _cmdlet.WriteProgress(progress));
        public void WriteVerbose(string message) => Post(() => _cmdlet.WriteVerbose(message));

        void IApiTrace.Verbose(string message) => Post(() => _cmdlet.WriteVerbose(message));
        void IApiTrace.Debug(string message) => Post(() => _cmdlet.WriteDebug(message));
        void IApiTrace.Warning(string message) => Post(() => _cmdlet.WriteWarning(message));

        /// <summary>Queues an action to run on the pipeline thread.</summary>
        public void Post(Action action)
        {
            try { _actions.Add(action); }
            catch (InvalidOperationException) { /* the pump has finished: the cmdlet is stopping */ }
        }

        /// <summary>True once a write threw on the pipeline thread (see <see cref="ThrowIfWriteFailed"/>).</summary>
        public bool WriteFailed => _writeFailure != null;

        /// <summary>Runs queued writes on the calling (pipeline) thread until <see cref="Complete"/>.</summary>
        public void Pump()
        {
            foreach (var action in _actions.GetConsumingEnumerable()) Run(action);
        }

        /// <summary>Waits for one queued write (or wake-up) and runs it; throws OperationCanceledException when stopped.</summary>
        public void PumpOne(CancellationToken cancellationToken) => Run(_actions.Take(cancellationToken));

        /// <summary>Runs the writes queued so far without waiting for more.</summary>
        public void PumpPending()
        {
            while (_actions.TryTake(out var action)) Run(action);
        }

        /// <summary>Rethrows the first write failure, once the work it reported on has finished.</summary>
        public void ThrowIfWriteFailed()
        {
            if (_writeFailure != null) System.Runtime.ExceptionServices.ExceptionDispatchInfo.Capture(_writeFailure).Throw();
        }

        // A write can throw on the pipeline thread: a host that cannot prompt (-Debug or -WarningAction
        // Inquire in a runbook), a downstream Select-Object -First stopping the pipeline. Throwing at once
        // would abandon work still in flight, such as an order whose result is not yet journaled or
        // reported; so the failure is kept, the queue keeps draining, and the caller rethrows at the end.
        private void Run(Action action)
        {
            try
            {
                action();
            }
            catch (Exception e) when (!(e is OutOfMemoryException))
            {
                if (_writeFailure == null) _writeFailure = e;
            }
        }

        public void Complete() => _actions.CompleteAdding();
    }
}
