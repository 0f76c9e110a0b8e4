using System.Management.Automation;
using System.Threading;

namespace YeastarPartner.Orders
{
    /// <summary>
    /// The counts of a batch, updated from any thread, shown as one Write-Progress activity. Pipeline input
    /// has no known total, so no percentage is shown.
    /// </summary>
    internal sealed class BatchProgress
    {
        private readonly string _activity;
        private int _processed, _succeeded, _failed, _unknown, _skipped;

        public BatchProgress(string activity) => _activity = activity;

        public int Succeeded => Volatile.Read(ref _succeeded);
        public int Failed => Volatile.Read(ref _failed);
        public int Unknown => Volatile.Read(ref _unknown);
        public int Skipped => Volatile.Read(ref _skipped);

        public void Count(OrderOutcome outcome)
        {
            Interlocked.Increment(ref _processed);
            switch (outcome)
            {
                case OrderOutcome.Succeeded: Interlocked.Increment(ref _succeeded); break;
                case OrderOutcome.Failed: Interlocked.Increment(ref _failed); break;
                case OrderOutcome.Unknown: Interlocked.Increment(ref _unknown); break;
                case OrderOutcome.Skipped: Interlocked.Increment(ref _skipped); break;
            }
        }

        public ProgressRecord ToRecord(bool completed)
        {
            var processed = Volatile.Read(ref _processed);
            var record = new ProgressRecord(1, _activity,
                $"{processed} rows processed: {Succeeded} succeeded, {Failed} failed, {Unknown} unknown, {Skipped} skipped");
            if (completed) record.RecordType = ProgressRecordType.Completed;
            return record;
        }
    }
}
