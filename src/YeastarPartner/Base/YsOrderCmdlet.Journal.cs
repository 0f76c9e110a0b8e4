using System;
using System.IO;
using System.Management.Automation;
using Microsoft.PowerShell.Commands;
using YeastarPartner.Orders;

namespace YeastarPartner.Base
{
    public abstract partial class YsOrderCmdlet
    {
        /// <summary>How often a run waiting for another run's journal tries again.</summary>
        private static readonly TimeSpan JournalLockPoll = TimeSpan.FromMilliseconds(250);

        /// <summary>
        /// Resolves -JournalPath to a file, waits for the journal's lock (one run per journal at a time, see
        /// <see cref="JournalLock"/>), then reads it. Under -WhatIf it is only read: nothing is written, so no
        /// lock is needed. Anything that keeps the journal from being used stops the command before any order.
        /// </summary>
        private OrderJournal OpenJournal(string journalPath)
        {
            var path = ResolveJournalPath(journalPath);
            try
            {
                return OrderJournal.Open(path, IsWhatIf() ? null : WaitForJournalLock(path));
            }
            catch (Exception e) when (e is IOException || e is UnauthorizedAccessException || e is InvalidDataException || e is NotSupportedException || e is ArgumentException)
            {
                ThrowTerminatingError(JournalOpenFailed(path, e.Message, e));
                return null!;
            }
        }

        /// <summary>A file system path; "variable:x" or a registry path is refused rather than written somewhere unexpected.</summary>
        private string ResolveJournalPath(string journalPath)
        {
            string path;
            ProviderInfo provider;
            try
            {
                path = SessionState.Path.GetUnresolvedProviderPathFromPSPath(journalPath, out provider, out _);
            }
            catch (Exception e) when (e is ItemNotFoundException || e is System.Management.Automation.DriveNotFoundException || e is ProviderNotFoundException || e is NotSupportedException || e is ArgumentException)
            {
                ThrowTerminatingError(JournalOpenFailed(journalPath, e.Message, e));
                return null!;
            }
            if (provider.ImplementingType != typeof(FileSystemProvider))
                ThrowTerminatingError(JournalOpenFailed(journalPath, $"'{journalPath}' is a {provider.Name} path, not a file.", null));
            return path;
        }

        /// <summary>The journal's lock; while another run holds it, waits (Ctrl+C stops waiting) and says so once.</summary>
        private JournalLock WaitForJournalLock(string path)
        {
            var waited = false;
            while (true)
            {
                var acquired = JournalLock.TryAcquire(path);
                if (acquired != null)
                {
                    if (waited) WriteProgress(new ProgressRecord(2, Activity, "Journal free") { RecordType = ProgressRecordType.Completed });
                    return acquired;
                }
                if (!waited)
                {
                    waited = true;
                    WriteWarning($"The journal '{path}' is in use by another run of New-YsPlanOrder or New-YsServiceOrder (in this or another process; it holds '{JournalLock.PathFor(path)}'). " +
                        "Waiting until it ends, so that this run reads what it bought and buys nothing twice. Nothing has been sent by this run; Ctrl+C stops waiting.");
                    WriteProgress(new ProgressRecord(2, Activity, $"Waiting for the journal '{path}', in use by another run"));
                }
                if (StopToken.WaitHandle.WaitOne(JournalLockPoll)) throw new PipelineStoppedException();
            }
        }

        private ErrorRecord JournalOpenFailed(string path, string reason, Exception? e) =>
            ErrorRecords.Create("JournalOpenFailed", ErrorCategory.OpenError,
                $"The journal '{path}' cannot be used: {reason} Nothing was bought.",
                $"Give -JournalPath a writable .csv file: a new one, or the journal of an earlier run of {Activity}.", path, e);

        private bool IsWhatIf() =>
            MyInvocation.BoundParameters.TryGetValue("WhatIf", out var whatIf)
                ? ((SwitchParameter)whatIf).IsPresent
                : LanguagePrimitives.IsTrue(GetVariableValue("WhatIfPreference"));
    }
}
