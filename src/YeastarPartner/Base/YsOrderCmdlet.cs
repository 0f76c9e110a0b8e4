using System;
using System.Collections.Generic;
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
    /// <remarks>
    /// Every row parameter binds as text and none is mandatory: PowerShell drops a by-property-name value
    /// it cannot convert (an "eleven" in a ProductId column would silently become the default) and skips a
    /// row that lacks a mandatory value, so the row number of every later row would be wrong. Each value is
    /// parsed per row instead, and a bad one is that row's error.
    /// </remarks>
    public abstract partial class YsOrderCmdlet : YsApiCmdlet, IDisposable
    {
        private readonly Dictionary<string, long> _keysSeen = new Dictionary<string, long>(StringComparer.OrdinalIgnoreCase);
        private HashSet<string> _commandLine = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        private OrderJournal? _journal;
        private PortalGuard? _guard;
        private OrderBatch? _batch;

        [Parameter(Position = 0, ValueFromPipelineByPropertyName = true)]
        [Alias(SerialNumberAliases.SN, SerialNumberAliases.Serial, SerialNumberAliases.SerialNo, SerialNumberAliases.ProductNo, SerialNumberAliases.SerialNumberWithSpace)]
        [AllowEmptyString, AllowNull]
        public string? SerialNumber { get; set; }

        /// <summary>Purchase (default), Renew, Switch (plans) or Trial. Bound as text: a typo in a CSV is that row's error.</summary>
        [Parameter(ValueFromPipelineByPropertyName = true)]
        [ArgumentCompleter(typeof(OperationCompleter))]
        [AllowEmptyString, AllowNull]
        [PSDefaultValue(Help = "Purchase")]
        public string? Operation { get; set; }

        /// <summary>11 P-Series Appliance Edition, 12 Software Edition, 13 Cloud Edition, ... (Get-YsAvailableProduct). Bound as text.</summary>
        [Parameter(ValueFromPipelineByPropertyName = true)]
        [ArgumentCompleter(typeof(ProductIdCompleter))]
        [AllowEmptyString, AllowNull]
        [PSDefaultValue(Help = "11 (P-Series Appliance Edition) for a plan order; none for a service order")]
        public string? ProductId { get; set; }

        /// <summary>Extensions, connections or minutes; empty (or 0 for a product that counts nothing) means not given. Bound as text.</summary>
        [Parameter(ValueFromPipelineByPropertyName = true)]
        [AllowEmptyString, AllowNull]
        public string? Quantity { get; set; }

        /// <summary>
        /// A 64-bit integer. Bound as text (a long or a piped billing contact's ID converts exactly) so that a bad
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
        [PSDefaultValue(Help = "Monthly for a plan order (none on a trial); none for a service order")]
        public string? BillingCycle { get; set; }

        [Parameter(ValueFromPipelineByPropertyName = true)]
        [Alias("Years")]
        [AllowEmptyString, AllowNull]
        [PSDefaultValue(Help = "0; 1 for an annual plan")]
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

        /// <summary>The row's own journal key, for new products ordered more than once with the same values.</summary>
        [Parameter(ValueFromPipelineByPropertyName = true)]
        [AllowEmptyString, AllowNull]
        public string? OrderKey { get; set; }

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

        /// <summary>
        /// Skips a row whose device already has an order of its kind in the Partner Portal created at or after
        /// this time: safety that needs no journal (a re-run in a fresh Azure Automation sandbox).
        /// </summary>
        [Parameter]
        public DateTime? SkipOrderedSince { get; set; }

        /// <summary>The whole pipeline object, kept only to be the TargetObject of the row's errors.</summary>
        [Parameter(ValueFromPipeline = true, DontShow = true)]
        public PSObject? InputObject { get; set; }

        /// <summary>The 1-based number of the pipeline row being processed.</summary>
        internal long RowNumber { get; private set; }

        /// <summary>The command's name in progress and messages.</summary>
        private protected abstract string Activity { get; }

        /// <summary>The operations this command places; the first is the default.</summary>
        private protected abstract IReadOnlyCollection<OrderAction> Operations { get; }

        /// <summary>The product when a row gives none; null when every row must give one.</summary>
        private protected abstract int? DefaultProductId { get; }

        /// <summary>Checks the row; null with <paramref name="problem"/> when it cannot be sent.</summary>
        private protected abstract IOrderRow? CreateRow(OrderRowInput input, out RowProblem? problem);

        /// <summary>The subclass's own row values (plan or service) added to <paramref name="input"/>.</summary>
        private protected abstract void ReadInput(OrderRowInput input);

        /// <summary>True when <paramref name="parameter"/> was given on the command line (and so applies to every row).</summary>
        private protected bool IsOnCommandLine(string parameter) => _commandLine.Contains(parameter);

        protected override void BeginProcessing()
        {
            // Pipeline values are bound only after BeginProcessing: what is bound now came from the command line.
            _commandLine = new HashSet<string>(MyInvocation.BoundParameters.Keys, StringComparer.OrdinalIgnoreCase);
            if (Reconcile && JournalPath == null)
            {
                ThrowTerminatingError(ErrorRecords.Create("ReconcileNeedsJournal", ErrorCategory.InvalidArgument,
                    "-Reconcile settles the Unknown rows of a journal, but no -JournalPath is given.",
                    "Add -JournalPath with the journal of the earlier run.", null));
            }
            CheckCommandLine();
            var connection = ActiveConnection;
            if (JournalPath != null) _journal = OpenJournal(JournalPath);
            if (Reconcile && _journal != null)
            {
                if (_journal.CanWrite) RunAsync((writer, ct) => Reconciler.SettleAsync(connection.Client, _journal, writer, ct));
                else WriteVerbose("What if: the journal's Unknown rows would be settled from the Partner Portal's orders first.");
            }
            if (SkipOrderedSince.HasValue)
            {
                var since = new DateTimeOffset(SkipOrderedSince.Value);
                RunAsync(async (writer, ct) => _guard = await PortalGuard.LoadAsync(connection.Client, since, writer, ct).ConfigureAwait(false));
            }
            else if (_journal == null && !IsWhatIf())
                WriteWarning($"{Activity} runs without -JournalPath or -SkipOrderedSince: if it is run again, nothing stops it from buying the same devices twice. See Get-Help {Activity} -Parameter SkipOrderedSince.");
            _batch = new OrderBatch(this, Activity, connection.Client, _journal, ThrottleLimit, StopToken);
        }

        /// <summary>Command-line values that contradict each other stop the command before any row.</summary>
        private protected virtual void CheckCommandLine() { }

        protected override void ProcessApiRecord()
        {
            RowNumber++;
            var input = ReadSharedInput();
            ReadInput(input);
            object target = (object?)InputObject ?? input.SerialNumber ?? "";
            var problem = ParseShared(input);
            var row = problem == null ? CreateRow(input, out problem) : null;
            if (row != null && _keysSeen.TryGetValue(row.Key, out var firstRow)) problem = Repeated(row, firstRow);
            if (problem != null || row == null)
            {
                _batch!.Reject(input.ToRawJournalEntry(),
                    ErrorRecords.InvalidArgument(problem!.ErrorId, problem.MessageFor(RowNumber, input.SerialNumber?.Trim()), problem.Fix, target));
                return;
            }
            _keysSeen[row.Key] = RowNumber;

            if (!_batch!.Admit(row, RowNumber, target)) return;
            if (_guard != null && !_guard.Admit(row, RowNumber, _batch, this)) return;
            if (!Confirm(row)) return;
            _batch.Send(row, RowNumber, target);
        }

        protected override void EndProcessing() => _batch?.Complete();

        /// <summary>
        /// PowerShell calls this when the pipeline ends, however it ends. A stop can arrive while the pipeline
        /// thread is outside the batch (in an upstream Import-Csv, say): the orders in flight are still
        /// journaled before the journal file is closed and its lock released.
        /// </summary>
        public void Dispose()
        {
            _batch?.AwaitInFlight();
            _journal?.Dispose();
        }

        /// <summary>The ShouldProcess target and action of a row.</summary>
        private protected abstract (string Target, string Action) Describe(IOrderRow row);

        /// <summary>The row's values shared by every order kind, as bound.</summary>
        private OrderRowInput ReadSharedInput()
        {
            var plainText = SerialNumber == null ? InputObject?.BaseObject as string : null;
            return new OrderRowInput
            {
                OperationText = Operation,
                ProductIdText = ProductId,
                QuantityText = Quantity,
                MultiCycleText = MultiCycle,
                SerialNumber = SerialNumber ?? plainText,
                SerialNumberIsPlainText = plainText != null,
                BillingContactId = BillingContactId,
                BillingCycle = BillingCycle,
                PoNumber = PoNumber,
                PartnerId = PartnerId,
                AssignId = AssignId,
                OrderKey = OrderKey,
            };
        }

        /// <summary>Parses the shared values bound as text: operation, product, quantity, multi-cycle.</summary>
        private RowProblem? ParseShared(OrderRowInput input)
        {
            var problem = RowChecks.Operation(input.OperationText, Operations, out var action);
            int? productId = null, quantity = null, multiCycle = null;
            problem = problem
                ?? RowChecks.Count("ProductId", "product ID", input.ProductIdText, "Use a product ID from Get-YsAvailableProduct, e.g. 11 for P-Series Appliance Edition.", out productId)
                ?? RowChecks.Count("Quantity", "quantity", input.QuantityText, "Use a whole number of extensions, connections or minutes.", out quantity)
                ?? RowChecks.Count("MultiCycle", "multi-cycle", input.MultiCycleText, "Use 0 for monthly billing, or 1 to 5 (years) with -BillingCycle Annually.", out multiCycle);
            if (problem != null) return problem;
            if (productId == null && DefaultProductId == null)
                return new RowProblem("ProductIdMissing", "ProductId", input.ProductIdText, "no product ID is given.", "Add -ProductId or a ProductId column (Get-YsOffering items carry it).");
            input.Action = action;
            input.ProductId = productId ?? DefaultProductId!.Value;
            // A product read from Get-YsProduct says Quantity 0 when it counts nothing: that is "not given".
            input.Quantity = quantity == 0 && !ProductIds.HasQuantity(input.ProductId) ? null : quantity;
            input.MultiCycle = multiCycle;
            return null;
        }

        private static RowProblem Repeated(IOrderRow row, long firstRow) =>
            row.SerialNumber != null
                ? new RowProblem("SerialNumberRepeated", "SerialNumber", row.SerialNumber,
                    $"'{row.SerialNumber}' already appeared in row {firstRow} of this run; it is not ordered twice.", "Remove the repeated row.")
                : new RowProblem("OrderRepeated", "OrderKey", row.Key,
                    $"row {firstRow} of this run already orders the same {row.Label} (same product, operation, plan or service and customer); it is not ordered twice.",
                    "To order several, give each row its own OrderKey (a column, e.g. the customer's reference); otherwise remove the repeated row.");

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
                    "Add -Confirm:$false to order without prompting (try -WhatIf first).", row.SerialNumber ?? row.Key, e));
                return false;
            }
        }
    }
}
