using System.Management.Automation;

namespace YeastarPartner.Orders
{
    /// <summary>
    /// The counts of a batch (<see cref="CommandSummary"/>) shown as one Write-Progress activity. Pipeline input
    /// has no known total, so no percentage is shown.
    /// </summary>
    internal sealed class BatchProgress
    {
        private readonly string _activity;

        public BatchProgress(string activity)
        {
            _activity = activity;
            Summary = new CommandSummary(activity);
        }

        public CommandSummary Summary { get; }

        public void Count(OrderOutcome outcome, bool sent) => Summary.Count(outcome, sent);

        public ProgressRecord ToRecord(bool completed)
        {
            var s = Summary;
            var record = new ProgressRecord(1, _activity,
                $"{s.Rows} rows processed: {s.Bought} succeeded, {s.Failed + s.Refused} failed, {s.Unknown} unknown, {s.Skipped} skipped");
            if (completed) record.RecordType = ProgressRecordType.Completed;
            return record;
        }
    }
}
