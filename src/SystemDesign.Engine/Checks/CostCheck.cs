using System.Linq;
using SystemDesign.Engine.Resolution;
using SystemDesign.Engine.Results;
using SystemDesign.Model;
using static SystemDesign.Engine.NumberText;

namespace SystemDesign.Engine.Checks;

/// <summary>
/// Cost (docs/engine.md, "Cost"): instances × hourly price × hours per month, plus, for kinds billed by use (CDN, load
/// balancer), the requests routed through the component × its price per million requests; per component and in total.
/// </summary>
internal static class CostCheck
{
    /// <summary>Seconds an hour: a month's requests are the rate × this × the hours per month.</summary>
    internal const double SecondsPerHour = 3600;

    public static (double Total, double[] PerComponent) Run(EvaluationContext context)
    {
        var hours = context.Registry.HoursPerMonth.Value;
        var prices = context.Nodes.Select(n => RequestPrice(context, n)).ToArray();
        var perComponent = context.Nodes.Select(n => (n.InstanceCount * n.HourlyCost.Value * hours) + Usage(context, n, prices[n.Index], hours)).ToArray();
        var total = perComponent.Sum();
        if (context.Problem.Workload.MonthlyBudget is { } budget && total > budget.Value)
        {
            var largest = context.Nodes.OrderByDescending(n => perComponent[n.Index]).Take(3)
                .Select(n => $"{n.Name} {MonthlyCostArithmetic(n.InstanceCount, n.HourlyCost.Value, hours, context.HasRate ? context.Load(n.Index) : null, prices[n.Index]?.Value)} = {Usd(perComponent[n.Index])}");
            context.Add(Rules.OverBudget, null,
                $"The design costs {Usd(total)} a month, over the {Usd(budget.Value)} budget ({budget.Source}) by {Usd(total - budget.Value)}. Largest: {string.Join("; ", largest)}.");
        }

        return (total, perComponent);
    }

    /// <summary>The component's price per million requests routed through it, from its type's registry entry; null when not billed by use.</summary>
    public static Figure? RequestPrice(EvaluationContext context, ResolvedComponent node) =>
        node.Behaviour is Behaviour.Source or Behaviour.OffPath
            || context.Registry.Resolve(node.Component.Type) is not { Defaults.UsdPerMillionRequests: { } price } type
            ? null
            : Figure.FromRegistry(price.Value, type.CanonicalType, price.Source);

    // Requests a month at the target rate × the price per request; nothing without a rate.
    private static double Usage(EvaluationContext context, ResolvedComponent node, Figure? price, double hours) =>
        price is null || !context.HasRate ? 0 : context.Load(node.Index) * SecondsPerHour * hours * price.Value / 1e6;
}
