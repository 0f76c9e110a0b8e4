using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;
using System.Threading;

namespace YeastarPartner.Orders
{
    /// <summary>
    /// The counts of one order command, updated from any thread, and the one line that ends the command: how
    /// many rows were bought, skipped (already bought), refused (not sent: bad values, an unsettled earlier
    /// order, an unknown billing contact), failed (sent and refused by the Partner Portal) and Unknown. A
    /// scheduled job logs this line instead of one line per row.
    /// </summary>
    internal sealed class CommandSummary
    {
        /// <summary>
        /// PSHOST makes the line show in a console like Write-Host does, while -InformationAction Ignore (or
        /// SilentlyContinue) silences it; the other tags let a script pick it out of the information stream.
        /// </summary>
        public static readonly string[] Tags = { "PSHOST", "YeastarPartner", "Summary" };

        private readonly string _activity;
        private int _bought, _skipped, _refused, _failed, _unknown, _notConfirmed;

        public CommandSummary(string activity) => _activity = activity;

        public int Bought => Volatile.Read(ref _bought);
        public int Skipped => Volatile.Read(ref _skipped);
        public int Refused => Volatile.Read(ref _refused);
        public int Failed => Volatile.Read(ref _failed);
        public int Unknown => Volatile.Read(ref _unknown);
        /// <summary>Rows not sent because -WhatIf was given or the confirmation was declined.</summary>
        public int NotConfirmed => Volatile.Read(ref _notConfirmed);
        public int Rows => Bought + Skipped + Refused + Failed + Unknown + NotConfirmed;

        public void CountNotConfirmed() => Interlocked.Increment(ref _notConfirmed);

        /// <param name="sent">Whether the order was sent: a Failed row that was not is Refused.</param>
        public void Count(OrderOutcome outcome, bool sent)
        {
            switch (outcome)
            {
                case OrderOutcome.Succeeded: Interlocked.Increment(ref _bought); break;
                case OrderOutcome.Skipped: Interlocked.Increment(ref _skipped); break;
                case OrderOutcome.Unknown: Interlocked.Increment(ref _unknown); break;
                case OrderOutcome.Failed when sent: Interlocked.Increment(ref _failed); break;
                case OrderOutcome.Failed: Interlocked.Increment(ref _refused); break;
            }
        }

        /// <summary>
        /// "New-YsPlanOrder: 5 rows: 0 bought, 5 skipped, ..." followed by <paramref name="extraParts"/> (each a
        /// clause such as a total price), so that a later count is one more part, not a new line.
        /// </summary>
        public string Render(IEnumerable<string>? extraParts = null)
        {
            var parts = new List<string> { $"{Bought} bought", $"{Skipped} skipped", $"{Refused} refused", $"{Failed} failed", $"{Unknown} Unknown" };
            if (NotConfirmed > 0) parts.Add($"{NotConfirmed} not sent (-WhatIf or not confirmed)");
            if (extraParts != null) parts.AddRange(extraParts.Where(p => !string.IsNullOrEmpty(p)));
            var unknown = Unknown > 0 ? " Run the same command with -Reconcile to settle the Unknown rows." : "";
            return $"{_activity}: {Rows} row(s): {string.Join(", ", parts)}.{unknown}";
        }

        /// <summary>Writes the line on the information stream (shown in a console, silenced by -InformationAction Ignore).</summary>
        public void Write(Cmdlet cmdlet, IEnumerable<string>? extraParts = null) => cmdlet.WriteInformation(Render(extraParts), Tags);
    }
}
