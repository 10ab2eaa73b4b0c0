using System.Linq;
using SystemDesign.Engine.Results;
using SystemDesign.Model;

namespace SystemDesign.Solver;

/// <summary>Tells an out-of-reach target (infeasible) from a design the solver could not shape (failed).</summary>
internal static class Infeasibility
{
    // Targets no count can reach past a point: the engine's own numbers say so (latency floor, availability ceiling, budget).
    public static SolveStatus StatusOf(Evaluation evaluation) =>
        evaluation.Findings.Where(f => f.Severity == Severity.Error).All(f => Rules.Find(f.RuleId)?.Group is RuleGroup.Latency or RuleGroup.Availability or RuleGroup.Cost or RuleGroup.Capacity or RuleGroup.Resilience)
            ? SolveStatus.Infeasible
            : SolveStatus.Failed;
}
