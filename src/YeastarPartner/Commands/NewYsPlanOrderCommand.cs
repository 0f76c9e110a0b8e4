using System;
using System.Collections.Generic;
using System.IO;
using System.Management.Automation;
using System.Management.Automation.Host;
using YeastarPartner.Base;
using YeastarPartner.Completers;
using YeastarPartner.Models;
using YeastarPartner.Orders;

namespace YeastarPartner.Commands
{
    /// <summary>
    /// Buys a subscription plan for P-Series Appliance Edition devices by serial number (O1 purchase_plan).
    /// Each pipeline object is one row: CSV columns bind by name; command-line values apply to every row.
    /// </summary>
    [Cmdlet(VerbsCommon.New, "YsPlanOrder", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.High, DefaultParameterSetName = ByNameSet)]
    [OutputType(typeof(YsPlanOrder))]
    public sealed class NewYsPlanOrderCommand : YsApiCmdlet, IDisposable
    {
        private const string ByNameSet = "ByName";
        private const string ByIdSet = "ById";

        private readonly HashSet<string> _serialNumbersSeen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        private long _rowNumber;
        private OrderJournal? _journal;
        private OrderBatch? _batch;

        [Parameter(Position = 0, ValueFromPipelineByPropertyName = true)]
        [Alias("SN", "Serial", "SerialNo", "ProductNo", "Serial Number")]
        [AllowEmptyString, AllowNull]
        public string? SerialNumber { get; set; }

        [Parameter(ParameterSetName = ByNameSet, ValueFromPipelineByPropertyName = true)]
        [ArgumentCompleter(typeof(PlanNameCompleter))]
        [AllowEmptyString, AllowNull]
        public string? Plan { get; set; }

        [Parameter(Mandatory = true, ParameterSetName = ByIdSet, ValueFromPipelineByPropertyName = true)]
        public long PlanId { get; set; }

        /// <summary>
        /// A 64-bit integer. Bound as text (a long or a YsBillingContact's ID converts exactly) so that a bad
        /// CSV cell is reported as that row's error instead of a binding error.
        /// </summary>
        [Parameter(ValueFromPipelineByPropertyName = true)]
        [Alias("BillingId")]
        [ArgumentCompleter(typeof(BillingContactCompleter))]
        [AllowEmptyString, AllowNull]
        public string? BillingContactId { get; set; }

        [Parameter(ValueFromPipelineByPropertyName = true)]
        [ArgumentCompleter(typeof(BillingCycleCompleter))]
        [AllowEmptyString, AllowNull]
        public string? BillingCycle { get; set; }

        /// <summary>0 for Monthly; 1 to 5 (years) for Annually.</summary>
        [Parameter(ValueFromPipelineByPropertyName = true)]
        [Alias("Years")]
        public int? MultiCycle { get; set; }

        [Parameter(ValueFromPipelineByPropertyName = true)]
        [AllowEmptyString, AllowNull]
        public string? PoNumber { get; set; }

        /// <summary>How many orders may be in flight at once.</summary>
        [Parameter]
        [ValidateRange(1, 64)]
        public int ThrottleLimit { get; set; } = 1;

        /// <summary>The CSV journal: read to skip devices already bought, appended with every row's outcome.</summary>
        [Parameter]
        [ValidateNotNullOrEmpty]
        public string? JournalPath { get; set; }

        /// <summary>Settles the journal's Unknown rows from the Partner Portal's orders before buying anything.</summary>
        [Parameter]
        public SwitchParameter Reconcile { get; set; }

        /// <summary>The whole pipeline object, kept only to be the TargetObject of the row's errors.</summary>
        [Parameter(ValueFromPipeline = true, DontShow = true)]
        public PSObject? InputObject { get; set; }

        protected override void BeginProcessing()
        {
            if (Reconcile && JournalPath == null)
            {
                ThrowTerminatingError(ErrorRecords.Create("ReconcileNeedsJournal", ErrorCategory.InvalidArgument,
                    "-Reconcile settles the Unknown rows of a journal, but no -JournalPath is given.",
                    "Add -JournalPath with the journal of the earlier run.", null));
            }
            var connection = ActiveConnection;
            if (JournalPath != null) _journal = OpenJournal(GetUnresolvedProviderPathFromPSPath(JournalPath));
            if (Reconcile && _journal != null)
            {
                if (_journal.CanWrite) RunAsync((writer, ct) => Reconciler.SettleAsync(connection.Client, _journal, writer, ct));
                else WriteVerbose("What if: the journal's Unknown rows would be settled from the Partner Portal's orders first.");
            }
            _batch = new OrderBatch(this, "New-YsPlanOrder", connection.Client, _journal, ThrottleLimit, StopToken);
        }

        protected override void ProcessRecord()
        {
            _rowNumber++;
            object target = (object?)InputObject ?? SerialNumber ?? "";
            var serialNumber = SerialNumber ?? (InputObject?.BaseObject as string);
            long? planId = ParameterSetName == ByIdSet ? PlanId : (long?)null;

            var row = PlanOrderRow.Create(serialNumber, Plan, planId, BillingCycle, MultiCycle, BillingContactId, PoNumber, out var problem);
            if (row != null && !_serialNumbersSeen.Add(row.SerialNumber))
            {
                problem = new RowProblem("SerialNumberRepeated", "SerialNumber", serialNumber,
                    $"serial number '{row.SerialNumber}' already appeared earlier in this run; it is not bought twice.",
                    "Remove the repeated row.");
            }
            if (problem != null || row == null)
            {
                _batch!.Reject(PlanOrderRow.RawJournalEntry(serialNumber, Plan, planId, BillingCycle, MultiCycle, BillingContactId),
                    ErrorRecords.InvalidArgument(problem!.ErrorId, problem.MessageFor(_rowNumber, serialNumber?.Trim()), problem.Fix, target));
                return;
            }

            if (!_batch!.Admit(row, _rowNumber, target) || !Confirm(row)) return;
            _batch.Send(row, _rowNumber, target);
        }

        protected override void EndProcessing() => _batch?.Complete();

        /// <summary>PowerShell calls this when the pipeline ends, however it ends: the journal file is closed.</summary>
        public void Dispose() => _journal?.Dispose();

        private OrderJournal OpenJournal(string path)
        {
            try
            {
                return OrderJournal.Open(path, writable: !IsWhatIf());
            }
            catch (Exception e) when (e is IOException || e is UnauthorizedAccessException || e is InvalidDataException || e is NotSupportedException || e is ArgumentException)
            {
                ThrowTerminatingError(ErrorRecords.Create("JournalOpenFailed", ErrorCategory.OpenError,
                    $"The journal '{path}' cannot be used: {e.Message} Nothing was bought.",
                    "Give -JournalPath a writable .csv file: a new one, or the journal of an earlier run of this command.", path, e));
                return null!;
            }
        }

        private bool IsWhatIf() =>
            MyInvocation.BoundParameters.TryGetValue("WhatIf", out var whatIf)
                ? ((SwitchParameter)whatIf).IsPresent
                : LanguagePrimitives.IsTrue(GetVariableValue("WhatIfPreference"));

        private bool Confirm(PlanOrderRow row)
        {
            try
            {
                return ShouldProcess($"PBX {row.SerialNumber}", row.Describe());
            }
            catch (Exception e) when (e is PSInvalidOperationException || e is HostException)
            {
                // A non-interactive host (runbook, -NonInteractive) cannot ask; say how to proceed instead.
                _batch!.Drain();
                ThrowTerminatingError(ErrorRecords.Create("ConfirmationRequired", ErrorCategory.InvalidOperation,
                    "New-YsPlanOrder buys plans and asks for confirmation, but this host cannot prompt.",
                    "Add -Confirm:$false to buy without prompting (try -WhatIf first).", row.SerialNumber, e));
                return false;
            }
        }
    }
}
