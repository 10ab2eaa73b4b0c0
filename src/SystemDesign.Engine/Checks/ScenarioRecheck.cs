using System;
using System.Collections.Generic;
using System.Linq;
using SystemDesign.Engine.Flow;
using SystemDesign.Engine.Latency;
using SystemDesign.Engine.Results;
using SystemDesign.Model;
using static SystemDesign.Engine.NumberText;

namespace SystemDesign.Engine.Checks;

/// <summary>
/// The latency re-check the cold-cache and the peak scenarios share, once the scenario carries its load: the targets
/// normal operation meets, on the scenario's routing and hops. A miss is a slower line and SD6004 with the counts that
/// keep every target (they join the required counts under <see cref="Constraint"/>, so a fix and the solver's minimum
/// pass the scenario too) or why no count does; a pass is a condition <see cref="LatencyCountProbe"/> may rest on.
/// </summary>
/// <remarks>
/// <see cref="SizedHop"/> is a component's hop in the scenario at another count, for the count search; <see cref="Held"/>
/// the condition kept when every target holds (built only then). The words: <see cref="Lead"/> opens a finding ("At the
/// peak (3 × the target rate) "), <see cref="SlowerLead"/> a report's slower line ("" where the scenario's name says it),
/// <see cref="While"/> ends the counts' sentence ("while it is cold"); <see cref="NoCount"/> says why no count keeps the
/// targets when the service times alone miss them, <see cref="Remedy"/> what keeps them when the search gives up.
/// </remarks>
internal sealed record ScenarioRecheck(
    FlowGraph Graph, HopModel[] Hops, Func<int, long, HopModel> SizedHop, Func<LatencyCondition> Held, string Constraint,
    string? Component, string Lead, string SlowerLead, string While, string NoCount, string Remedy)
{
    /// <summary>
    /// Records a scenario both share: the served fraction while it lasts, the latency re-check when it carries its load
    /// (else no probe may rest on it: its latency is not re-checked), and its result.
    /// </summary>
    public static void Record(
        EvaluationContext context, ScenarioLatency? recheck, HeldLatency? held, Func<ScenarioRecheck> latency,
        string name, List<string> broken, List<(int Node, double Served)> overloaded, List<ScenarioResult> scenarios)
    {
        if (overloaded.Count > 0)
        {
            var target = context.Problem.Workload.AvailabilityTarget is { } t ? $" (the availability target is {Percent(t.Value)})" : string.Empty;
            broken.Add($"while it lasts {Percent(FailureCheck.ServedWhile(context, overloaded))} of requests are served{target}");
        }

        var slower = new List<string>();
        if (broken.Count == 0 && recheck is not null)
        {
            latency().Run(context, recheck, slower, held);
        }
        else if (held is not null)
        {
            held.Complete = false; // overloaded in the scenario: its latency is not re-checked, so no probe may rest on it
        }

        scenarios.Add(new ScenarioResult(name, broken.Count == 0, broken) { Slower = slower });
    }

    private void Run(EvaluationContext context, ScenarioLatency recheck, List<string> slower, HeldLatency? held)
    {
        // On the design's own routing the re-check reuses its paths; a cold cache's routing is its own.
        var misses = Graph == context.Graph ? recheck.Misses(Hops) : recheck.Misses(Graph, Hops);
        if (misses is not { Count: > 0 })
        {
            if (misses is not null)
            {
                held?.Add(Held());
            }

            return;
        }

        slower.AddRange(misses.Select(m => SlowerLead + ScenarioLatency.Describe(m)));
        var said = $"{Lead}{Listed(misses.Select(ScenarioLatency.Describe), "; ")}.";
        if (ScenarioLatencyCounts.Search(context, recheck, recheck.Paths(Graph, Hops), Hops, SizedHop, out var floorDecides) is { Count: > 0 } counts)
        {
            context.Add(Rules.ScenarioLatencyMissed, Component,
                $"{said} With {TargetCounts.Describe(context, counts)} every target holds {While}.",
                TargetCounts.RegisterOwn(context, counts, Constraint));
        }
        else
        {
            // The reason must be true: where no hop queues, more instances change nothing.
            context.Add(Rules.ScenarioLatencyMissed, Component, $"{said} {(floorDecides ? NoCount : Remedy)}");
        }
    }
}
