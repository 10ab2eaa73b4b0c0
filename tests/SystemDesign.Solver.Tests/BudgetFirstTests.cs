using System;
using System.Linq;
using SystemDesign.Catalog;
using SystemDesign.Engine.Results;

namespace SystemDesign.Solver.Tests;

/// <summary>
/// <c>solve --budget-first</c>: the cheapest passing design when it fits the budget; otherwise a design within the
/// budget whose reasons name the gates the budget forces to fail. And a recorded infeasible target (issue 11).
/// </summary>
public sealed class BudgetFirstTests
{
    private static readonly ProblemCatalog Catalog = ProblemCatalog.BuiltIn;

    [Fact]
    public void A_budget_below_the_cheapest_passing_design_is_kept_and_the_gates_it_costs_are_named()
    {
        // oauth2-gateway: 10M ops/s on app servers at 150 req/s needs ~80,000 of them (~$5.6M a month) against $500,000.
        var problem = Catalog.Find("oauth2-gateway")!;
        var cheapest = Sizer.Solve(problem, Catalog.Components);
        Assert.True(cheapest.Evaluation!.MonthlyCostUsd > 500_000);

        var within = BudgetFirst.Solve(problem, Catalog.Components);

        Assert.Equal(SolveStatus.Infeasible, within.Status);
        Assert.True(within.Evaluation!.MonthlyCostUsd <= 500_000, within.Evaluation.MonthlyCostUsd.ToString("R", System.Globalization.CultureInfo.InvariantCulture));
        Assert.StartsWith("budget first: the cheapest passing design found costs $", within.Reasons[0], StringComparison.Ordinal);
        Assert.Contains(within.Reasons.Skip(1), r => r.StartsWith("SD2001: ", StringComparison.Ordinal));
        Assert.Contains(within.Parts, p => p.Why.StartsWith("lowered from ", StringComparison.Ordinal));
        Assert.All(within.Parts.Zip(cheapest.Parts), pair => Assert.True(pair.First.Instances <= pair.Second.Instances));
    }

    [Fact]
    public void Without_a_budget_it_is_the_cheapest_passing_design()
    {
        var problem = Catalog.Find("tutorial-simple-blog")!;

        var plain = Sizer.Solve(problem, Catalog.Components);
        var first = BudgetFirst.Solve(problem, Catalog.Components);

        Assert.Equal(SolveStatus.Solved, first.Status);
        Assert.Equal(plain.Parts.Select(p => p.Instances), first.Parts.Select(p => p.Instances));
    }

    [Fact]
    public void A_rate_past_a_million_instances_is_solved_with_the_capacity_gate_not_applicable_and_the_count_held_at_the_bound()
    {
        // l6-bio-digital-6: 150,000,000 req/s × 1.2 ÷ 150 = 1,200,000 Nano Controllers, past SD0015's 1,000,000.
        var problem = Catalog.Find("l6-bio-digital-6")!;

        var solution = Sizer.Solve(problem, Catalog.Components);

        Assert.Equal(SolveStatus.Solved, solution.Status);
        Assert.Equal(GateStatus.NotApplicable, solution.Evaluation!.Gates.Single(g => g.Gate == Gate.Capacity).Status);
        Assert.StartsWith("infeasible target: The target rate, 150,000,000 req/s", solution.Evaluation.Gates.Single(g => g.Gate == Gate.Capacity).Summary, StringComparison.Ordinal);
        var controller = solution.Parts.Single(p => p.Part.Name == "Nano Controller");
        Assert.Equal(1_000_000, controller.Instances);
        Assert.Contains("held at 1,000,000", controller.Why, StringComparison.Ordinal);
    }
}
