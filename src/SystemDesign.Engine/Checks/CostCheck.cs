using System.Linq;
using SystemDesign.Model;
using static SystemDesign.Engine.NumberText;

namespace SystemDesign.Engine.Checks;

/// <summary>Cost (docs/engine.md, "Cost"): instances × hourly price × hours per month, per component and in total.</summary>
internal static class CostCheck
{
    public static (double Total, double[] PerComponent) Run(EvaluationContext context)
    {
        var hours = context.Registry.HoursPerMonth.Value;
        var perComponent = context.Nodes.Select(n => n.InstanceCount * n.HourlyCost.Value * hours).ToArray();
        var total = perComponent.Sum();
        if (context.Problem.Workload.MonthlyBudget is { } budget && total > budget.Value)
        {
            var largest = context.Nodes.OrderByDescending(n => perComponent[n.Index]).Take(3)
                .Select(n => $"{n.Name} {Count(n.InstanceCount)} × ${Price(n.HourlyCost.Value)} × {N(hours)} h = {Usd(perComponent[n.Index])}");
            context.Add(Rules.OverBudget, null,
                $"The design costs {Usd(total)} a month, over the {Usd(budget.Value)} budget ({budget.Source}) by {Usd(total - budget.Value)}. Largest: {string.Join("; ", largest)}.");
        }

        return (total, perComponent);
    }
}
