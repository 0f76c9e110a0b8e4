using System;
using System.Management.Automation;
using System.Threading;
using System.Threading.Tasks;
using YeastarPartner.Client.Diagnostics;

namespace YeastarPartner.Base
{
    /// <summary>
    /// The base of every cmdlet: runs async client work while writing on the pipeline thread, and
    /// cancels it on Ctrl+C (StopProcessing).
    /// </summary>
    public abstract partial class YsCmdlet : PSCmdlet
    {
        private readonly CancellationTokenSource _stopping = new CancellationTokenSource();

        protected CancellationToken StopToken => _stopping.Token;

        protected override void StopProcessing() => _stopping.Cancel();

        /// <summary>
        /// Runs <paramref name="work"/> off the pipeline thread and pumps its writes (objects, errors,
        /// the client's verbose, debug and warning lines) onto it until the work completes.
        /// </summary>
        internal void RunAsync(Func<PipelineWriter, CancellationToken, Task> work) => RunAsync(work, bufferLimit: 0);

        /// <summary>
        /// For listings: how many objects a page reader may queue ahead of the pipeline. Smaller than a page,
        /// so the next page is requested only once the pipeline has taken most of the current one.
        /// </summary>
        internal const int StreamBufferLimit = 16;

        /// <param name="bufferLimit">0: writes queue without limit; otherwise the work waits when this many are queued.</param>
        internal void RunAsync(Func<PipelineWriter, CancellationToken, Task> work, int bufferLimit)
        {
            var writer = new PipelineWriter(this, bufferLimit);
            var task = Task.Run(async () =>
            {
                using (ApiTrace.Use(writer))
                    await work(writer, StopToken).ConfigureAwait(false);
            });
            task.ContinueWith(_ => writer.Complete(), TaskScheduler.Default);
            writer.Pump();
            writer.ThrowIfWriteFailed();
            try
            {
                task.GetAwaiter().GetResult();
            }
            catch (OperationCanceledException) when (StopToken.IsCancellationRequested)
            {
                throw new PipelineStoppedException();
            }
        }

        internal T RunAsync<T>(Func<CancellationToken, Task<T>> work)
        {
            T result = default!;
            RunAsync(async (_, ct) => result = await work(ct).ConfigureAwait(false));
            return result;
        }
    }
}
