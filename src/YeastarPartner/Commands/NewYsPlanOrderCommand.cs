using System;
using System.Collections.Generic;
using System.Management.Automation;
using System.Management.Automation.Host;
using YeastarPartner.Base;
using YeastarPartner.Client.Errors;
using YeastarPartner.Client.Models;
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
    public sealed class NewYsPlanOrderCommand : YsApiCmdlet
    {
        private const string ByNameSet = "ByName";
        private const string ByIdSet = "ById";

        private readonly HashSet<string> _serialNumbersSeen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        private long _rowNumber;

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

        [Parameter(ValueFromPipelineByPropertyName = true)]
        [Alias("BillingId")]
        [ArgumentCompleter(typeof(BillingContactCompleter))]
        public long BillingContactId { get; set; }

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

        /// <summary>The whole pipeline object, kept only to be the TargetObject of the row's errors.</summary>
        [Parameter(ValueFromPipeline = true, DontShow = true)]
        public PSObject? InputObject { get; set; }

        protected override void ProcessRecord()
        {
            _rowNumber++;
            object target = (object?)InputObject ?? SerialNumber ?? "";
            var serialNumber = SerialNumber ?? (InputObject?.BaseObject as string);

            var row = PlanOrderRow.Create(serialNumber, Plan, ParameterSetName == ByIdSet ? PlanId : (long?)null,
                BillingCycle, MultiCycle, BillingContactId, PoNumber, out var problem);
            if (row != null && !_serialNumbersSeen.Add(row.SerialNumber))
            {
                problem = new RowProblem("SerialNumberRepeated", "SerialNumber", serialNumber,
                    $"serial number '{row.SerialNumber}' already appeared earlier in this run; it is not bought twice.",
                    "Remove the repeated row.");
            }
            if (problem != null || row == null)
            {
                WriteError(ErrorRecords.InvalidArgument(problem!.ErrorId, problem.MessageFor(_rowNumber, serialNumber?.Trim()), problem.Fix, target));
                return;
            }

            if (!Confirm(row)) return;

            var connection = ActiveConnection;
            var request = row.ToOrderRequest();
            try
            {
                var created = RunAsync(ct => connection.Client.CreateOrderAsync(request, ct));
                WriteObject(ToOutput(row, created));
            }
            catch (YeastarApiException e) when (e.RequestMayHaveBeenProcessed)
            {
                var record = ErrorRecords.FromApi(e, target, "OrderOutcomeUnknown");
                record.ErrorDetails = new ErrorDetails($"Row {_rowNumber} (serial number '{row.SerialNumber}'): the order may or may not have been placed. {e.Message}")
                {
                    RecommendedAction = $"Do not simply buy again. Check with Get-YsOrder -SerialNumber {row.SerialNumber}, or in the Partner Portal under Orders and Billing.",
                };
                WriteError(record);
            }
            catch (YeastarApiException e)
            {
                var record = ErrorRecords.FromApi(e, target);
                record.ErrorDetails = new ErrorDetails($"Row {_rowNumber} (serial number '{row.SerialNumber}'): {e.Message}") { RecommendedAction = record.ErrorDetails.RecommendedAction };
                WriteError(record);
            }
        }

        private bool Confirm(PlanOrderRow row)
        {
            try
            {
                return ShouldProcess($"PBX {row.SerialNumber}", row.Describe());
            }
            catch (Exception e) when (e is PSInvalidOperationException || e is HostException)
            {
                // A non-interactive host (runbook, -NonInteractive) cannot ask; say how to proceed instead.
                ThrowTerminatingError(ErrorRecords.Create("ConfirmationRequired", ErrorCategory.InvalidOperation,
                    "New-YsPlanOrder buys plans and asks for confirmation, but this host cannot prompt.",
                    "Add -Confirm:$false to buy without prompting (try -WhatIf first).", row.SerialNumber, e));
                return false;
            }
        }

        private static YsPlanOrder ToOutput(PlanOrderRow row, CreatedOrder created) => new YsPlanOrder
        {
            SerialNumber = row.SerialNumber,
            Plan = row.PlanName,
            PlanId = row.PlanId,
            BillingCycle = row.BillingCycleName,
            MultiCycle = row.MultiCycle,
            BillingContactId = row.BillingContactId,
            PoNumber = row.PoNumber,
            Outcome = "Succeeded",
            OrderNo = created.OrderNo,
            OrderStatus = created.OrderStatus,
            InstanceId = created.InstanceId,
            TransactionNo = created.TransactionNo,
            RequestId = created.RequestId,
            Time = DateTimeOffset.Now,
        };
    }
}
