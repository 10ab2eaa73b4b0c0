using System.Collections.Generic;
using SystemDesign.Engine.Latency;
using SystemDesign.Engine.Results;
using SystemDesign.Model;
using static SystemDesign.Engine.NumberText;

namespace SystemDesign.Engine.Checks;

/// <summary>
/// Failure scenarios (docs/engine.md, "Failures"): lose one instance of each component (N+1); lose each cache or
/// CDN whole, so every read it absorbed goes on to what is behind it; the peak burst and the backlog it leaves.
/// Each scenario re-checks capacity, availability (the fraction of requests still served while components are over
/// capacity) and the latency targets normal operation meets (<see cref="ScenarioLatency"/>). A scenario breaks when it
/// cannot carry its load; one that carries it but misses a latency target is slower (SD6004, a warning: a failover
/// target is softer than the normal one, "P95 &lt; 100ms normal, &lt; 500ms during failover" as the catalog puts it).
/// </summary>
internal static class FailureCheck
{
    /// <summary>
    /// Runs the scenarios; with <paramref name="probeCounts"/> (the declared design's evaluation, not the search's sized
    /// passes), a design that keeps every latency target then gets the latency part of its required counts
    /// (<see cref="LatencyCountProbe"/>).
    /// </summary>
    public static IReadOnlyList<ScenarioResult> Run(EvaluationContext context, int[] usable, HopModel[] hops, IReadOnlyList<LatencyResult> latency, bool probeCounts = false)
    {
        var scenarios = new List<ScenarioResult>();
        if (!context.HasRate)
        {
            return scenarios;
        }

        var recheck = ScenarioLatency.For(context, latency);
        var held = probeCounts && recheck is not null ? new HeldLatency() : null;
        InstanceLossScenario.Run(context, usable, hops, recheck, scenarios);
        CacheLossScenario.Run(context, usable, hops, recheck, scenarios, held);
        PeakBurstScenario.Run(context, usable, hops, recheck, scenarios, held);
        if (recheck is { Exhausted: true })
        {
            context.Add(Rules.LatencyNotComputed, null,
                $"Latency targets are re-checked in the first {Count(recheck.Checked)} failure scenarios only: the rest would model more than {N(context.Options.MaxScenarioLatencyWork)} components in all (EngineOptions.MaxScenarioLatencyWork); their capacity and availability are still checked.");
        }

        if (held is not null)
        {
            LatencyCountProbe.Run(context, usable, hops, recheck!, latency, scenarios, held);
        }

        return scenarios;
    }

    /// <summary>
    /// Availability while a scenario lasts: a component over capacity serves capacity ÷ load of what reaches it (it
    /// sheds the rest), every other component all of it; the served fraction of the design follows from its paths
    /// (<see cref="AvailabilityCheck.ServedFraction"/>). Instance failures are the long-run availability's question.
    /// </summary>
    internal static double ServedWhile(EvaluationContext context, IReadOnlyList<(int Node, double Served)> overloaded)
    {
        var perComponent = new double[context.Nodes.Length];
        for (var i = 0; i < perComponent.Length; i++)
        {
            perComponent[i] = 1;
        }

        foreach (var (node, served) in overloaded)
        {
            perComponent[node] = System.Math.Min(1, served);
        }

        return context.Graph.Entries.Length == 0 ? 1 : AvailabilityCheck.ServedFraction(context, perComponent);
    }
}
