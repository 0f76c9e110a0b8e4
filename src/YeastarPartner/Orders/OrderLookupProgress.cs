using System;
using System.Globalization;
using System.Management.Automation;
using YeastarPartner.Base;
using YeastarPartner.Client.Orders;
using YeastarPartner.Client;

namespace YeastarPartner.Orders
{
    /// <summary>Progress of a walk of the Partner Portal's order history (-Reconcile, -SkipOrderedSince), on its own progress bar.</summary>
    internal static class OrderLookupProgress
    {
        private const int ActivityId = 3;

        public static OrderHistoryOptions Options(PipelineWriter writer, string activity, DateTimeOffset since) => new OrderHistoryOptions
        {
            Listed = count =>
            {
                writer.WriteVerbose($"{activity}: {count.ToString("N0", CultureInfo.CurrentCulture)} order(s) since {MessageTime.Format(since)} in the Partner Portal.");
                writer.WriteProgress(new ProgressRecord(ActivityId, activity, $"Checking {count.ToString("N0", CultureInfo.CurrentCulture)} orders since {MessageTime.Format(since)}"));
            },
            LookedUp = (done, total) =>
            {
                // About a hundred updates, however long the history.
                if (done % Math.Max(1, total / 100) != 0) return;
                var record = new ProgressRecord(ActivityId, activity, $"Checking {total.ToString("N0", CultureInfo.CurrentCulture)} orders since {MessageTime.Format(since)}: {done.ToString("N0", CultureInfo.CurrentCulture)} looked up")
                {
                    PercentComplete = total == 0 ? 100 : Math.Min(100, done * 100 / total),
                };
                writer.WriteProgress(record);
            },
        };

        /// <summary>Closes the progress bar once the look-up has finished.</summary>
        public static void Complete(PipelineWriter writer, string activity) =>
            writer.WriteProgress(new ProgressRecord(ActivityId, activity, "Done") { RecordType = ProgressRecordType.Completed });
    }
}
