using System;
using System.IO;
using System.Management.Automation;
using Microsoft.PowerShell.Commands;
using YeastarPartner.Client.Blob;
using YeastarPartner.Client.Diagnostics;
using YeastarPartner.Orders;
using YeastarPartner.Orders.Journal;

namespace YeastarPartner.Base
{
    public abstract partial class YsOrderCmdlet
    {
        /// <summary>
        /// Resolves -JournalPath to its store, becomes the journal's only writer (waiting while another run holds
        /// it: one run per journal at a time), then reads it. Under -WhatIf it is only read: nothing is written, so
        /// no lock is needed. Anything that keeps the journal from being used stops the command before any order.
        /// </summary>
        private OrderJournal OpenJournal(string journalPath)
        {
            var store = OpenJournalStore(journalPath);
            var waited = false;
            // A blob store's requests are traced (-Verbose) from the threads that finish them: queued, then written here.
            var trace = new PipelineWriter(this);
            try
            {
                OrderJournal journal;
                using (ApiTrace.Use(trace))
                {
                    journal = OrderJournal.Open(store, write: !IsWhatIf(), waiting: holder =>
                    {
                        waited = true;
                        trace.PumpPending();
                        WriteWarning(holder + " Waiting until it ends, so that this run reads what it bought and buys nothing twice. Nothing has been sent by this run; Ctrl+C stops waiting.");
                        WriteProgress(new ProgressRecord(2, Activity, $"Waiting for the journal '{store.DisplayName}', in use by another run"));
                    }, StopToken);
                }
                trace.PumpPending();
                if (waited) WriteProgress(new ProgressRecord(2, Activity, "Journal free") { RecordType = ProgressRecordType.Completed });
                foreach (var warning in journal.Warnings) WriteWarning(warning);
                return journal;
            }
            catch (OperationCanceledException)
            {
                trace.PumpPending();
                throw new PipelineStoppedException();
            }
            catch (BlobStorageException e)
            {
                trace.PumpPending();
                ThrowTerminatingError(BlobJournalOpenFailed(store.DisplayName, e));
                return null!;
            }
            catch (Exception e) when (e is IOException || e is UnauthorizedAccessException || e is InvalidDataException || e is NotSupportedException || e is ArgumentException)
            {
                ThrowTerminatingError(JournalOpenFailed(store.DisplayName, e.Message, e));
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

        private ErrorRecord JournalOpenFailed(string path, string reason, Exception? e) =>
            ErrorRecords.Create("JournalOpenFailed", ErrorCategory.OpenError,
                $"The journal '{path}' cannot be used: {reason} Nothing was bought.",
                BlobUrl.LooksLikeUrl(path)
                    ? $"Give -JournalPath the URL of a blob in an existing container (https://<account>.blob.core.windows.net/<container>/<name>.csv) with a SAS in its query, or -JournalAccessToken."
                    : $"Give -JournalPath a writable .csv file: a new one, or the journal of an earlier run of {Activity}.", path, e);

        private bool IsWhatIf() =>
            MyInvocation.BoundParameters.TryGetValue("WhatIf", out var whatIf)
                ? ((SwitchParameter)whatIf).IsPresent
                : LanguagePrimitives.IsTrue(GetVariableValue("WhatIfPreference"));
    }
}
