namespace YeastarPartner.Orders
{
    /// <summary>
    /// The plan a row names: by ID (-PlanId, a PlanId column, a piped product's PlanId) or by name (-Plan, a
    /// Plan column). The cmdlet drops the pipeline's value when the other one is on the command line; two
    /// values from the row itself must agree.
    /// </summary>
    internal static class PlanChoice
    {
        public static RowProblem? Check(OrderRowInput input, int productId, PlanNames plans, out (long Id, string? Name) plan)
        {
            plan = default;
            var names = string.Join(", ", plans.Names);
            var byName = OrderRowInput.Blank(input.Plan);
            if (OrderRowInput.Blank(input.ItemId) == null && byName == null)
                return new RowProblem("PlanMissing", "Plan", input.Plan, "no plan is given.", names.Length > 0 ? $"Add -Plan {names}, or a Plan column." : "Add -PlanId with an ID from Get-YsOffering.");
            if (OrderRowInput.Blank(input.ItemId) != null)
            {
                var idProblem = RowChecks.Id("PlanId", "plan ID", input.ItemId, required: true, "Use a plan ID from Get-YsOffering, or -Plan with its name.", out var id);
                if (idProblem != null) return idProblem;
                plan = (id!.Value, plans.NameOf(id.Value));
                if (byName == null || (plans.TryFind(byName, out _, out var namedId) && namedId == plan.Id)) return null;
                return new RowProblem("PlanConflict", "Plan", input.Plan,
                    $"plan '{input.Plan}' and plan ID {plan.Id} do not name the same plan{(plan.Name != null ? $" (that ID is {plan.Name})" : "")}.",
                    "Give the plan once: a Plan or a PlanId column, or -Plan or -PlanId on the command line (which then applies to every row).");
            }
            if (plans.TryFind(byName!, out var name, out var planId))
            {
                plan = (planId, name);
                return null;
            }
            var known = names.Length > 0
                ? $"Use one of {names}, or -PlanId."
                : $"Connect first so the plans can be read from the Partner Portal, or use -PlanId with an ID from Get-YsOffering -ProductId {productId}.";
            return new RowProblem("PlanUnknown", "Plan", input.Plan, $"'{input.Plan}' is not a plan of product {productId}.", known);
        }
    }
}
