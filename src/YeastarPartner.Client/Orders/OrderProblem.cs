namespace YeastarPartner.Client.Orders
{
    /// <summary>Why an order cannot be sent: the rule, the field and value it is about, and how to fix it.</summary>
    public sealed class OrderProblem
    {
        public OrderProblem(string rule, string field, object? value, string message, string fix)
        {
            Rule = rule;
            Field = field;
            Value = value;
            Message = message;
            Fix = fix;
        }

        /// <summary>One of <see cref="OrderRule"/>: stable, so callers can map it to an ErrorId.</summary>
        public string Rule { get; }
        /// <summary>The wire field, e.g. serviceList[0].multiCycle.</summary>
        public string Field { get; }
        public object? Value { get; }
        public string Message { get; }
        public string Fix { get; }

        public override string ToString() => $"{Field} = {Value ?? "(none)"}: {Message} {Fix}";
    }
}
