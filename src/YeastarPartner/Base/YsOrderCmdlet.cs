using System;
using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;
using System.Management.Automation.Host;
using YeastarPartner.Client.Errors;
using YeastarPartner.Client.Orders;
using YeastarPartner.Completers;
using YeastarPartner.Connections;
using YeastarPartner.Orders;

namespace YeastarPartner.Base
{
    /// <summary>
    /// What every order cmdlet shares: the row parameters that bind from CSV columns, the journal,
    /// -Reconcile, ShouldProcess and the batch engine. Each pipeline object is one row, made into a validated
    /// <see cref="OrderRow"/> by <see cref="OrderRowFactory"/>; a subclass adds only its own parameters
    /// (plan or service) and says which <see cref="OrderRowKind"/> it orders.
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
        private PlanNames? _planNames;
        private int _planNamesProductId;
        private OrderBatch? _batch;

        [Parameter(Position = 0, ValueFromPipelineByPropertyName = true)]
        [Alias(SerialNumberAliases.SN, SerialNumberAliases.Serial, SerialNumberAliases.SerialNo, SerialNumberAliases.ProductNo, SerialNumberAliases.SerialNumberWithSpace)]
        [ArgumentCompleter(typeof(SerialNumberCompleter))]
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
        [ArgumentCompleter(typeof(PartnerIdCompleter))]
        public string? PartnerId { get; set; }

        /// <summary>The subordinate user the product is assigned to (receives the activation email).</summary>
        [Parameter(ValueFromPipelineByPropertyName = true)]
        [AllowEmptyString, AllowNull]
        [ArgumentCompleter(typeof(PartnerIdCompleter))]
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

        /// <summary>What this command orders: plans or services.</summary>
        private protected abstract OrderRowKind RowKind { get; }

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
            var caps = PrepareCaps();
            var connection = ActiveConnection;
            if (JournalPath != null) _journal = OpenJournal(JournalPath);
            ConsultPartnerPortal(connection);
            if (!SkipOrderedSince.HasValue && _journal == null && !IsWhatIf())
                WriteWarning($"{Activity} runs without -JournalPath or -SkipOrderedSince: if it is run again, nothing stops it from buying the same devices twice. See Get-Help {Activity} -Parameter SkipOrderedSince.");
            _batch = new OrderBatch(this, Activity, connection.Client, _journal, ThrottleLimit, StopToken, caps);
        }

        /// <summary>
        /// -Reconcile settles the journal's Unknown rows, the rows skipped for a pending order are looked up again,
        /// then -SkipOrderedSince indexes the orders since its time: one walk of the Partner Portal's orders serves
        /// both -Reconcile and -SkipOrderedSince, before any row is read.
        /// </summary>
        private void ConsultPartnerPortal(YsConnection connection)
        {
            var reconcile = Reconcile && _journal != null && _journal.CanWrite;
            if (Reconcile && _journal != null && !reconcile) WriteVerbose("What if: the journal's Unknown rows would be settled from the Partner Portal's orders first.");
            var guardSince = SkipOrderedSince.HasValue ? new DateTimeOffset(SkipOrderedSince.Value) : (DateTimeOffset?)null;
            var pending = _journal != null && _journal.CanWrite ? PendingRecheck.Candidates(_journal) : Array.Empty<KeyHistory>();
            if (!reconcile && !guardSince.HasValue && pending.Count == 0) return;
            var portal = new PortalOrders(connection.Client, reconcile ? Reconciler.SearchStart(_journal!) : null, guardSince);
            try
            {
                RunAsync(async (writer, ct) =>
                {
                    if (reconcile) await Reconciler.SettleAsync(_journal!, portal, writer, ct).ConfigureAwait(false);
                    if (pending.Count > 0) await PendingRecheck.RunAsync(_journal!, pending, connection.Client, writer, ct).ConfigureAwait(false);
                    if (guardSince.HasValue) _guard = await PortalGuard.LoadAsync(portal, guardSince.Value, writer, ct).ConfigureAwait(false);
                });
            }
            catch (YeastarApiException e)
            {
                ThrowTerminatingError(ErrorRecords.FromApi(e, null));
            }
        }

        /// <summary>Command-line values that contradict each other stop the command before any row.</summary>
        private protected virtual void CheckCommandLine() { }

        /// <summary>
        /// One row, top to bottom: its values as bound, the validated row (or the reason it cannot be sent),
        /// once per run, the journal, the Partner Portal check, the confirmation, and the batch that sends it.
        /// </summary>
        protected override void ProcessApiRecord()
        {
            RowNumber++;
            var input = ReadRowInput();
            object target = (object?)InputObject ?? input.SerialNumber ?? "";
            if (RowNumber == 1) StopOnWrongShape(input, target);
            var row = OrderRowFactory.Create(input, RowKind, PlanNamesFor, out var problem);
            if (row != null && _keysSeen.TryGetValue(row.Key, out var firstRow)) problem = Repeated(row, firstRow);
            if (problem != null || row == null)
            {
                _batch!.Reject(input.ToRawJournalEntry(), problem!.ToErrorRecord(RowNumber, input.SerialNumber?.Trim(), target));
                return;
            }
            _keysSeen[row.Key] = RowNumber;

            if (!_batch!.Admit(row, RowNumber, target)) return;
            if (_guard != null && !_guard.Admit(row, RowNumber, _batch, this)) return;
            if (RefusedForBillingContact(row, target)) return;
            if (!PriceRow(row, target)) return;
            if (!Confirm(row))
            {
                _batch.Progress.Summary.CountNotConfirmed();
                return;
            }
            _batch.Send(row, RowNumber, target);
        }

        protected override void EndProcessing()
        {
            WriteWhatIfTotals();
            _batch?.Complete();
        }

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

        /// <summary>The row's values shared by every order kind, as bound, then the subclass's own.</summary>
        private OrderRowInput ReadRowInput()
        {
            var plainText = SerialNumber == null ? InputObject?.BaseObject as string : null;
            var input = new OrderRowInput
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
            ReadInput(input);
            return input;
        }

        /// <summary>
        /// A product's plans by name: from the Partner Portal (P2, cached per connection), read when a row
        /// first needs them, else the published Appliance Edition plans.
        /// </summary>
        private PlanNames PlanNamesFor(int productId, string? serialNumber)
        {
            if (_planNames != null && _planNamesProductId == productId) return _planNames;
            _planNamesProductId = productId;
            _planNames = PlanNames.Published(productId);
            var lookup = ActiveConnection.Offerings(productId, serialNumber);
            if (lookup == null) return _planNames;
            try
            {
                var offering = RunAsync(_ => lookup.GetAsync());
                var live = PlanNames.FromPlans(offering.PlanList);
                if (live.Names.Any()) _planNames = live.ThenPublished(productId);
            }
            catch (YeastarApiException e)
            {
                WriteVerbose($"The plans of product {productId} could not be read from the Partner Portal ({e.Message}); {(_planNames.Names.Any() ? "using the published plan IDs." : "use -PlanId.")}");
            }
            return _planNames;
        }

        private static RowProblem Repeated(OrderRow row, long firstRow) =>
            row.SerialNumber != null
                ? new RowProblem("SerialNumberRepeated", "SerialNumber", row.SerialNumber,
                    $"'{row.SerialNumber}' already appeared in row {firstRow} of this run; it is not ordered twice.", "Remove the repeated row.")
                : new RowProblem("OrderRepeated", "OrderKey", row.Key,
                    $"row {firstRow} of this run already orders the same {row.Label} (same product, operation, plan or service and customer); it is not ordered twice.",
                    "To order several, give each row its own OrderKey (a column, e.g. the customer's reference); otherwise remove the repeated row.");

        private bool Confirm(OrderRow row)
        {
            try
            {
                return ShouldProcess(row.Target, $"{row.Action}, {RowPrice.Describe(row.Price)}");
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
