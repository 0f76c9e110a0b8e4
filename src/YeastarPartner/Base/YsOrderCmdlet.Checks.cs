using System.Management.Automation;
using YeastarPartner.Orders;

namespace YeastarPartner.Base
{
    public abstract partial class YsOrderCmdlet
    {
        private BillingContactCheck? _billingContacts;

        /// <summary>
        /// Input shaped wrong for every row (<see cref="InputShape"/>) stops the command at its first row, before
        /// anything is sent or journaled: one clear error instead of the same error for each row.
        /// </summary>
        private void StopOnWrongShape(OrderRowInput input, object target)
        {
            var problem = InputShape.Check(InputObject, IsOnCommandLine(nameof(SerialNumber)), () => InputShape.NeedsSerialNumber(input, RowKind));
            if (problem == null) return;
            ThrowTerminatingError(ErrorRecords.Create(problem.ErrorId, ErrorCategory.InvalidData, problem.MessageFor(RowNumber, null), problem.Fix, target));
        }

        /// <summary>True when the row's billing contact is not one of the account's: the row is refused, as under -WhatIf.</summary>
        private bool RefusedForBillingContact(OrderRow row, object target)
        {
            _billingContacts ??= new BillingContactCheck(ActiveConnection.BillingContacts, load => RunAsync(_ => load()), WriteVerbose);
            var problem = _billingContacts.Check(row.BillingContactId);
            if (problem == null) return false;
            _batch!.Reject(row.ToJournalEntry(), problem.ToErrorRecord(RowNumber, row.SerialNumber, target));
            return true;
        }
    }
}
