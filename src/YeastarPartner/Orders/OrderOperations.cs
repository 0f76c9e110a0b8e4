using YeastarPartner.Client.Orders;

namespace YeastarPartner.Orders
{
    /// <summary>New-YsPlanOrder -Operation: the first half of the operationType (purchase_plan, ...).</summary>
    public enum PlanOperation
    {
        Trial = OrderAction.Trial,
        Purchase = OrderAction.Purchase,
        Renew = OrderAction.Renew,
        Switch = OrderAction.Switch,
    }

    /// <summary>New-YsServiceOrder -Operation: a service cannot be switched.</summary>
    public enum ServiceOperation
    {
        Trial = OrderAction.Trial,
        Purchase = OrderAction.Purchase,
        Renew = OrderAction.Renew,
    }
}
