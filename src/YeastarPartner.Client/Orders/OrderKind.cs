namespace YeastarPartner.Client.Orders
{
    /// <summary>What an order does; with plan or service it makes the operationType (e.g. renew_service).</summary>
    public enum OrderAction
    {
        Trial,
        Purchase,
        Renew,
        Switch,
    }

    /// <summary>The wire strings of API reference section 7.</summary>
    public static class OrderWire
    {
        public const string Plan = "plan";
        public const string Service = "service";
        public const string Recurring = "recurring";
        public const string Once = "once";
        public const string Monthly = "monthly";
        public const string Annually = "annually";

        public static string PurchaseType(OrderAction action) => action.ToString().ToLowerInvariant();

        public static string OperationType(OrderAction action, bool isPlanOrder) => PurchaseType(action) + "_" + (isPlanOrder ? Plan : Service);
    }
}
