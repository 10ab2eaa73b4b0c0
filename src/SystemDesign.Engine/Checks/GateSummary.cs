using System.Collections.Generic;
using System.Linq;
using SystemDesign.Engine.Results;
using SystemDesign.Model;
using static SystemDesign.Engine.NumberText;

namespace SystemDesign.Engine.Checks;

/// <summary>The five gates: failed when a gate's rules raised an error, not applicable when the problem gives nothing to check.</summary>
internal static class GateSummary
{
    public static IReadOnlyList<GateResult> For(
        EvaluationContext context, IReadOnlyList<LatencyResult> latency, ComponentResult? bottleneck, double availability, double cost, IReadOnlyList<ScenarioResult> scenarios)
    {
        bool Failed(Gate gate) => context.Findings.Any(f => f.Severity == Severity.Error && gate.Decides(f));
        var w = context.Problem.Workload;
        var gates = new List<GateResult>(5);

        gates.Add(!context.HasRate
            ? new GateResult(Gate.Capacity, GateStatus.NotApplicable, "no request rate stated")
            : new GateResult(Gate.Capacity, Failed(Gate.Capacity) ? GateStatus.Failed : GateStatus.Passed,
                bottleneck is { Utilization: { } u }
                    ? $"bottleneck {bottleneck.Name} at {Percent(u)} of capacity at {N(context.Workload.RequestRps!.Value)} req/s"
                    : "no component with a capacity limit on the path"));

        var graded = latency.Where(l => l.TargetMilliseconds is not null && !l.TargetInfeasible).ToArray();
        var worst = graded.OrderByDescending(l => l.Milliseconds / l.TargetMilliseconds!.Value).FirstOrDefault();
        gates.Add(graded.Length == 0
            ? new GateResult(Gate.Latency, GateStatus.NotApplicable, latency.Any(l => l.TargetInfeasible) ? "every latency target is infeasible with these components" : "no latency target, or no request rate")
            : new GateResult(Gate.Latency, Failed(Gate.Latency) ? GateStatus.Failed : GateStatus.Passed,
                $"worst: P{N(worst!.Percentile)} {worst.RequestClass}s from {worst.Entry} {Ms(worst.Milliseconds)} against {Ms(worst.TargetMilliseconds!.Value)}"));

        gates.Add(w.AvailabilityTarget is not { } target
            ? new GateResult(Gate.Availability, GateStatus.NotApplicable, $"no availability target; the request path is {Percent(availability)}")
            : new GateResult(Gate.Availability, Failed(Gate.Availability) ? GateStatus.Failed : GateStatus.Passed,
                $"{Percent(availability)} against {Percent(target.Value)} ({DowntimePerYear(availability)} down a year)"));

        gates.Add(w.MonthlyBudget is not { } budget
            ? new GateResult(Gate.Cost, GateStatus.NotApplicable, $"no budget; {Usd(cost)} a month")
            : new GateResult(Gate.Cost, Failed(Gate.Cost) ? GateStatus.Failed : GateStatus.Passed, $"{Usd(cost)} a month against {Usd(budget.Value)}"));

        var brokenScenarios = scenarios.Where(x => !x.Holds).Select(x => x.Name).ToArray();
        var slower = scenarios.Count(x => x.Holds && x.Slower.Count > 0);
        gates.Add(!context.HasRate
            ? new GateResult(Gate.Resilience, GateStatus.NotApplicable, "no request rate stated")
            : new GateResult(Gate.Resilience, Failed(Gate.Resilience) || brokenScenarios.Length > 0 ? GateStatus.Failed : GateStatus.Passed,
                (brokenScenarios.Length == 0 ? $"every scenario holds ({scenarios.Count})" : $"{brokenScenarios.Length} of {scenarios.Count} scenarios break: {Listed(brokenScenarios, "; ")}")
                + (slower == 0 ? string.Empty : $"; {slower} {(slower == 1 ? "holds" : "hold")} more slowly than a latency target (SD6004)")));
        return gates;
    }
}
