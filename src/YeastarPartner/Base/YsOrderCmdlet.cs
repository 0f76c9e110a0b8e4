using System;
using System.Collections.Generic;
using System.IO;
using System.Management.Automation;
using System.Management.Automation.Host;
using YeastarPartner.Client.Orders;
using YeastarPartner.Completers;
using YeastarPartner.Orders;

namespace YeastarPartner.Base
{
    /// <summary>
    /// What every order cmdlet shares: the row parameters that bind from CSV columns, the journal,
    /// -Reconcile, ShouldProcess and the batch engine. Each pipeline object is one row; a subclass turns
    /// the bound values into a validated <see cref="IOrderRow"/>.
    /// </summary>
    public abstract class YsOrderCmdlet : YsApiCmdlet, IDisposable
    {
        private readonly HashSet<string> _keysSeen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        private OrderJournal? _journal;
        private OrderBatch? _batch;

        [Parameter(Position = 0, ValueFromPipelineByPropertyName = true)]
        [Alias(SerialNumberAliases.SN, SerialNumberAliases.Serial, SerialNumberAliases.SerialNo, SerialNumberAliases.ProductNo, SerialNumberAliases.SerialNumberWithSpace)]
        [AllowEmptyString, AllowNull]
        public string? SerialNumber { get; set; }

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

        [Parameter(ValueFromPipelineByPropertyName = true)]
        [Alias("Years")]
        [AllowEmptyString, AllowNull]
        public string? MultiCycle { get; set; }

        [Parameter(ValueFromPipelineByPropertyName = true)]
        [AllowEmptyString, AllowNull]
        public string? PoNumber { get; set; }

        /// <summary>The subordinate user ordered for (Get-YsSubordinateUser pipes its PartnerId).</summary>
        [Parameter(ValueFromPipelineByPropertyName = true)]
        [AllowEmptyString, AllowNull]
        public string? PartnerId { get; set; }

        /// <summary>The subordinate user the product is assigned to (receives the activation email).</summary>
        [Parameter(ValueFromPipelineByPropertyName = true)]
        [AllowEmptyString, AllowNull]
        public string? AssignId { get; set; }

        /// <summary>How many orders may be in flight at once.</summary>
        [Parameter]
        [ValidateRange(1, 64)]
        public int ThrottleLimit { get; set; } = 1;

        /// <summary>The CSV journal: read to skip what was already bought, appended with every row's outcome.</summary>
        [Parameter]
        [ValidateNotNullOrEmpty]
        public string? JournalPath { get; set; }

        /// <summary>Settles the journal's Unknown rows from the Partner Portal's orders before buying anything.</summary>
        [Parameter]
        public SwitchParameter Reconcile { get; set; }

        /// <summary>The whole pipeline object, kept only to be the TargetObject of the row's errors.</summary>
        [Parameter(ValueFromPipeline = true, DontShow = true)]
        public PSObject? InputObject { get; set; }

        /// <summary>The 1-based number of the pipeline row being processed.</summary>
        internal long RowNumber { get; private set; }

        /// <summary>The command's name in progress and messages.</summary>
        private protected abstract string Activity { get; }

        /// <summary>Checks the row; null with <paramref name="problem"/> when it cannot be sent.</summary>
        private protected abstract IOrderRow? CreateRow(OrderRowInput input, out RowProblem? problem);

        /// <summary>The row's raw values, with the parameters shared by every order kind filled in.</summary>
        private protected OrderRowInput SharedInput(OrderAction action, int productId) => new OrderRowInput
        {
            Action = action,
            ProductId = productId,
            SerialNumber = SerialNumber ?? (InputObject?.BaseObject as string),
            BillingContactId = BillingContactId,
            BillingCycle = BillingCycle,
            PoNumber = PoNumber,
            PartnerId = PartnerId,
            AssignId = AssignId,
        };

        private protected abstract OrderRowInput ReadInput();

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
            _batch = new OrderBatch(this, Activity, connection.Client, _journal, ThrottleLimit, StopToken);
        }

        protected override void ProcessApiRecord()
        {
            RowNumber++;
            var input = ReadInput();
            object target = (object?)InputObject ?? input.SerialNumber ?? "";
            var problem = RowChecks.Count("MultiCycle", "multi-cycle", MultiCycle,
                "Use 0 for monthly billing, or 1 to 5 (years) with -BillingCycle Annually.", out var multiCycle);
            input.MultiCycle = multiCycle;
            var row = problem == null ? CreateRow(input, out problem) : null;
            if (row != null && !_keysSeen.Add(row.SerialNumber))
            {
                problem = new RowProblem("SerialNumberRepeated", "SerialNumber", input.SerialNumber,
                    $"'{row.SerialNumber}' already appeared earlier in this run; it is not ordered twice.",
                    "Remove the repeated row.");
            }
            if (problem != null || row == null)
            {
                _batch!.Reject(input.ToRawJournalEntry(RowNumber),
                    ErrorRecords.InvalidArgument(problem!.ErrorId, problem.MessageFor(RowNumber, input.SerialNumber?.Trim()), problem.Fix, target));
                return;
            }

            if (!_batch!.Admit(row, RowNumber, target) || !Confirm(row)) return;
            _batch.Send(row, RowNumber, target);
        }

        protected override void EndProcessing() => _batch?.Complete();

        /// <summary>
        /// PowerShell calls this when the pipeline ends, however it ends. A stop can arrive while the pipeline
        /// thread is outside the batch (in an upstream Import-Csv, say): the orders in flight are still
        /// journaled before the journal file is closed.
        /// </summary>
        public void Dispose()
        {
            _batch?.AwaitInFlight();
            _journal?.Dispose();
        }

        /// <summary>The ShouldProcess target and action of a row.</summary>
        private protected abstract (string Target, string Action) Describe(IOrderRow row);

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
                    $"Give -JournalPath a writable .csv file: a new one, or the journal of an earlier run of {Activity}.", path, e));
                return null!;
            }
        }

        private bool IsWhatIf() =>
            MyInvocation.BoundParameters.TryGetValue("WhatIf", out var whatIf)
                ? ((SwitchParameter)whatIf).IsPresent
                : LanguagePrimitives.IsTrue(GetVariableValue("WhatIfPreference"));

        private bool Confirm(IOrderRow row)
        {
            var (target, action) = Describe(row);
            try
            {
                return ShouldProcess(target, action);
            }
            catch (Exception e) when (e is PSInvalidOperationException || e is HostException)
            {
                // A non-interactive host (runbook, -NonInteractive) cannot ask; say how to proceed instead.
                _batch!.Drain();
                ThrowTerminatingError(ErrorRecords.Create("ConfirmationRequired", ErrorCategory.InvalidOperation,
                    $"{Activity} places orders and asks for confirmation, but this host cannot prompt.",
                    "Add -Confirm:$false to order without prompting (try -WhatIf first).", row.SerialNumber, e));
                return false;
            }
        }
    }
}
