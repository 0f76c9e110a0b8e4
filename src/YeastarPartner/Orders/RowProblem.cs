using System;
using System.Management.Automation;
using YeastarPartner.Base;

namespace YeastarPartner.Orders
{
    /// <summary>Why a row cannot be sent, and what the user should change.</summary>
    internal sealed class RowProblem
    {
        public RowProblem(string errorId, string parameter, object? value, string problem, string fix, string? detail = null)
        {
            ErrorId = errorId;
            Parameter = parameter;
            Value = value;
            Problem = problem;
            Fix = fix;
            Detail = detail;
        }

        public string ErrorId { get; }
        public string Parameter { get; }
        public object? Value { get; }
        /// <summary>What is wrong, in the user's words (billing contact, serial number, plan).</summary>
        public string Problem { get; }
        public string Fix { get; }
        /// <summary>The same in the API's words (rule and wire field), for the error's exception; null when it adds nothing.</summary>
        public string? Detail { get; }

        public string MessageFor(long rowNumber, string? serialNumber) =>
            $"Row {rowNumber}{(string.IsNullOrEmpty(serialNumber) ? "" : $" (serial number '{serialNumber}')")}: {Problem} {Fix}";

        /// <summary>
        /// The row's error: the message in the user's words with the row number, the fix as the recommended action,
        /// and the API's words (when they differ) in the exception, where $Error[0].Exception shows them.
        /// </summary>
        public ErrorRecord ToErrorRecord(long rowNumber, string? serialNumber, object target)
        {
            var message = MessageFor(rowNumber, serialNumber);
            var exception = Detail == null ? null : new ArgumentException($"Row {rowNumber}: {Detail}", Parameter);
            return ErrorRecords.Create(ErrorId, ErrorCategory.InvalidArgument, message, Fix, target, exception);
        }
    }
}
