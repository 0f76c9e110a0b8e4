namespace YeastarPartner.Orders
{
    /// <summary>Why a row cannot be sent, and what the user should change.</summary>
    internal sealed class RowProblem
    {
        public RowProblem(string errorId, string parameter, object? value, string problem, string fix)
        {
            ErrorId = errorId;
            Parameter = parameter;
            Value = value;
            Problem = problem;
            Fix = fix;
        }

        public string ErrorId { get; }
        public string Parameter { get; }
        public object? Value { get; }
        public string Problem { get; }
        public string Fix { get; }

        public string MessageFor(long rowNumber, string? serialNumber) =>
            $"Row {rowNumber}{(string.IsNullOrEmpty(serialNumber) ? "" : $" (serial number '{serialNumber}')")}: {Problem} {Fix}";
    }
}
