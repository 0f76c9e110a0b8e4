namespace YeastarPartner.Client.Orders
{
    /// <summary>
    /// Why an order cannot be sent, in the API's terms: the rule it breaks, the wire field and value it is
    /// about, and what the rule says. How to fix it in a given tool (a cmdlet parameter, say) is the caller's
    /// business, keyed by <see cref="Rule"/>.
    /// </summary>
    public sealed class OrderProblem
    {
        public OrderProblem(string rule, string field, object? value, string message, object? expected = null)
        {
            Rule = rule;
            Field = field;
            Value = value;
            Message = message;
            Expected = expected;
        }

        /// <summary>One of <see cref="OrderRule"/>: stable, so callers can map it to an ErrorId and a fix.</summary>
        public string Rule { get; }
        /// <summary>The wire field, e.g. serviceList[0].multiCycle.</summary>
        public string Field { get; }
        public object? Value { get; }
        public string Message { get; }
        /// <summary>The value the rule asks for, where there is exactly one (e.g. the plan ID a connectionPlanId must be).</summary>
        public object? Expected { get; }

        public override string ToString() => $"{Field} = {Value ?? "(none)"}: {Message}";
    }
}
