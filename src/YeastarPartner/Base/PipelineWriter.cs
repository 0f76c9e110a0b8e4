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
        private readonly BlockingCollection<Action> _actions = new BlockingCollection<Action>();

        public PipelineWriter(Cmdlet cmdlet) => _cmdlet = cmdlet;

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

        /// <summary>Runs queued writes on the calling (pipeline) thread until <see cref="Complete"/>.</summary>
        public void Pump()
        {
            foreach (var action in _actions.GetConsumingEnumerable()) action();
        }

        /// <summary>Waits for one queued write (or wake-up) and runs it; throws OperationCanceledException when stopped.</summary>
        public void PumpOne(CancellationToken cancellationToken) => _actions.Take(cancellationToken)();

        /// <summary>Runs the writes queued so far without waiting for more.</summary>
        public void PumpPending()
        {
            while (_actions.TryTake(out var action)) action();
        }

        public void Complete() => _actions.CompleteAdding();
    }
}
