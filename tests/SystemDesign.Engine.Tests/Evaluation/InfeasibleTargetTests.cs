using System.Linq;
using SystemDesign.Catalog;
using SystemDesign.Engine.Results;
using SystemDesign.Model;

namespace SystemDesign.Engine.Tests.Evaluation;

/// <summary>
/// A gate the problem records as infeasible (catalog/overrides.json, op infeasibleTarget) is graded not applicable
/// with its reason; its errors stay as information, and the other gates are graded as before.
/// </summary>
public sealed class InfeasibleTargetTests
{
    private const string Reason = "the budget is below the cheapest design found";

    private static Results.Evaluation Grade(Problem problem)
    {
        // Two app servers at $0.096/h: $140.16 a month, over a $100 budget.
        var a = new ArchitectureBuilder();
        var lb = a.LoadBalancer("LB").Instances(2);
        a.Client("Users").Calls(lb);
        lb.Calls(a.App("App").Instances(2));
        return Designs.Evaluate(problem, a.Build());
    }

    [Fact]
    public void A_budget_below_any_design_fails_the_cost_gate_until_the_problem_records_it_as_infeasible()
    {
        var problem = Designs.Problem(rate: 10, budget: 100, constants: ("app_capacity_per_instance", 150));
        var failing = Grade(problem);
        Assert.Equal(GateStatus.Failed, failing.Gates.Single(g => g.Gate == Gate.Cost).Status);
        Assert.False(failing.Passed);

        var excused = Grade(problem with { InfeasibleTargets = [new InfeasibleTarget("cost", Reason)] });

        var cost = excused.Gates.Single(g => g.Gate == Gate.Cost);
        Assert.Equal(GateStatus.NotApplicable, cost.Status);
        Assert.Equal("infeasible target: " + Reason, cost.Summary);
        var finding = excused.Findings.Single(f => f.RuleId == Rules.OverBudget.Id);
        Assert.Equal(Severity.Info, finding.Severity);
        Assert.Equal("cost", finding.Properties["notApplicable"]);
        Assert.True(excused.Passed);
        Assert.Equal(failing.Gates.Single(g => g.Gate == Gate.Capacity), excused.Gates.Single(g => g.Gate == Gate.Capacity));
    }

    [Fact]
    public void An_unknown_gate_name_excuses_nothing()
    {
        var problem = Designs.Problem(rate: 10, budget: 100, constants: ("app_capacity_per_instance", 150)) with { InfeasibleTargets = [new InfeasibleTarget("speed", Reason)] };

        Assert.Equal(GateStatus.Failed, Grade(problem).Gates.Single(g => g.Gate == Gate.Cost).Status);
    }
}
