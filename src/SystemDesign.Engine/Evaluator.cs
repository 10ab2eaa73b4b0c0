using System;
using System.Collections.Generic;
using System.Linq;
using SystemDesign.Catalog;
using SystemDesign.Engine.Checks;
using SystemDesign.Engine.Flow;
using SystemDesign.Engine.Latency;
using SystemDesign.Engine.Pools;
using SystemDesign.Engine.Resolution;
using SystemDesign.Engine.Results;
using SystemDesign.Model;

namespace SystemDesign.Engine;

/// <summary>
/// The evaluation pipeline behind <see cref="Grader"/>: resolution, flow, then the tier, capacity, latency,
/// availability, cost and failure checks. Every formula is in docs/engine.md. Never throws on a bad design: what is
/// wrong becomes a finding.
/// </summary>
internal static class Evaluator
{
    /// <summary>Grades a design whose arguments <see cref="Grader"/> has checked.</summary>
    public static Evaluation Evaluate(Problem problem, Architecture architecture, ComponentRegistry registry, EngineOptions options)
    {
        WorkloadFigures.Validate(problem);
        var (evaluation, context) = EvaluateOnce(problem, architecture, registry, options, isDeclared: true);
        var settled = RequiredCountSearch.Settle(evaluation, context, sized => EvaluateOnce(problem, sized, registry, options, isDeclared: false).Context);
        // Checks name components; here, once, each finding gets the target a reader locates it by.
        var gated = InfeasibleTargetGates.Apply(settled, problem);
        return gated with { Findings = FindingTarget.Resolve(gated.Findings, architecture) };
    }

    /// <summary>
    /// One pass of every check over a design (no sizing of the proposed counts yet): the declared one, or one the search
    /// sized, which skips the latency probe of a passing design's counts (a sized pass only raises counts).
    /// </summary>
    private static (Evaluation Evaluation, EvaluationContext Context) EvaluateOnce(Problem problem, Architecture architecture, ComponentRegistry registry, EngineOptions options, bool isDeclared)
    {
        var resolver = new ComponentResolver(problem, registry);
        var nodes = architecture.Components.Select((c, i) => resolver.Resolve(c, i)).ToArray();
        var workload = WorkloadOf(problem, options);
        var graph = FlowGraph.Build(nodes, architecture.Connections, ClassRates.Of(workload.RequestRps?.Value ?? 0, workload.ReadRatio.Value));
        var declared = new EvaluationContext
        {
            Problem = problem,
            Architecture = architecture,
            Registry = registry,
            Options = options,
            Nodes = nodes,
            Graph = graph,
            Workload = workload,
            Flow = TrafficFlow.Compute(graph, workload.RequestRps?.Value ?? 0, workload.ReadRatio.Value),
            Headroom = options.Headroom ?? registry.Headroom.Value,
        };

        // Retries load their callees before any check reads a load (docs/engine.md, "Timeouts and retries").
        var context = RetriedLoad.Settle(declared);

        context.Findings.AddRange(architecture.Validate());
        TypeCheck.Run(context);
        StructureCheck.Run(context);
        ClientShareCheck.Run(context);
        DeadLetterCheck.Run(context);
        CacheStalenessCheck.Run(context);
        HotPartitionCheck.Run(context);
        RecoveryCheck.Run(context);
        var tiers = TierCheck.Run(context);
        if (!context.HasRate)
        {
            context.Add(Rules.NoRequestRate, null,
                $"{problem.Id} states no request rate{(problem.Workload.Unparsed.Count > 0 ? " the importer could read (" + problem.Workload.Unparsed[0].Text + ")" : string.Empty)}; capacity, latency and failure figures are not computed. Tiers, availability and cost are still graded.");
        }

        var usable = CapacityCheck.UsableInstances(context);
        context.Backlogs = BacklogCheck.Run(context, usable); // before the capacity findings: it registers required counts
        if (context.HasRate)
        {
            InstanceRequirements.FromLoad(context, usable);
            CapacityCheck.Run(context, usable);
        }

        ConnectionLimitCheck.Run(context);
        PoolConcurrencyCheck.Run(context);
        IdleReplicaCheck.Run(context);
        ClientWriteCheck.Run(context);

        var hops = Hops(context);
        PoolWaits.Apply(context, hops);
        CallPolicyCheck.Run(context, usable, hops);
        var latency = LatencyCheck.Run(context, hops);
        var answered = EntryTimeouts.AnsweredShare(context, usable, hops);
        var (availability, componentAvailability, spofs) = AvailabilityCheck.Run(context, answered, probeCounts: isDeclared);
        var (cost, componentCost) = CostCheck.Run(context);
        var scenarios = FailureCheck.Run(context, usable, hops, latency, probeCounts: isDeclared);
        var (claims, placeholders) = ClaimsCheck.Run(context);

        var components = ComponentResults.All(context, hops, usable, componentAvailability, componentCost);
        var bottleneck = components.Where(c => c.Utilization is not null).OrderByDescending(c => c.Utilization).FirstOrDefault();
        return (new Evaluation
        {
            ProblemId = problem.Id,
            ProblemTitle = problem.Title,
            Workload = workload,
            Findings = Order(context.Findings),
            Tiers = tiers,
            Gates = GateSummary.For(context, latency, bottleneck, availability, cost, scenarios),
            Components = components,
            Connections = ConnectionResults.All(graph, context.Flow, architecture.Connections, context.Peak),
            Bottleneck = bottleneck?.Name,
            MaxSustainableRps = bottleneck is { Utilization: > 0 } b && context.HasRate ? workload.RequestRps!.Value / b.Utilization!.Value : null,
            Latency = latency,
            Availability = availability,
            AnsweredInTime = answered,
            AvailabilityTarget = problem.Workload.AvailabilityTarget?.Value,
            SinglePointsOfFailure = spofs,
            MonthlyCostUsd = cost,
            HoursPerMonth = registry.HoursPerMonth.Value,
            MonthlyBudgetUsd = problem.Workload.MonthlyBudget?.Value,
            CheapestPassing = problem.CheapestPassing,
            Scenarios = scenarios,
            Claims = claims,
            Placeholders = placeholders,
            Backlogs = context.Backlogs,
            Pools = [.. context.Pools.OrderBy(p => p.Caller.Index).ThenBy(p => p.Database.Index).Select(p => p.Result())],
        }, context);
    }

    // A hop's model depends only on these figures and its load; the identical components of a design of repeated
    // cells share one (immutable) model instead of each solving Erlang B again.
    internal static HopModel[] Hops(EvaluationContext context)
    {
        var hops = new HopModel[context.Nodes.Length];
        var solved = new Dictionary<(Resolution.Behaviour, double?, double?, int, double, int), HopModel>();
        foreach (var node in context.Nodes)
        {
            var load = context.Load(node.Index);
            var key = (node.Behaviour, node.ServiceTimeMs?.Value, node.CapacityPerInstance?.Value, node.InstanceCount, load, node.BatchSize);
            if (!solved.TryGetValue(key, out var hop))
            {
                solved[key] = hop = HopModel.For(node, load);
            }

            hops[node.Index] = hop;
        }

        return hops;
    }

    // The importer normalised the catalog's workload (docs/workload.md): the rate stated at peak is already divided, the
    // unstated read share and peak are written with their defaults. The defaults here serve a hand-made Workload only.
    private static WorkloadUsed WorkloadOf(Problem problem, EngineOptions options)
    {
        var w = problem.Workload;
        var rate = w.RequestRate is { } r && r.Value > 0 ? Figure.Of(r) : null;
        var read = w.ReadRatio is { } rr && rr.Value >= 0 && rr.Value <= 1 ? rr : WorkloadDefaults.ReadRatio;
        var peak = w.PeakMultiplier is { } p && p.Value >= 1 ? p : WorkloadDefaults.NoPeak;
        var connections = w.ConcurrentConnections is { } c && c.Value > 0 ? Figure.Of(c) : null;
        var burst = options.BurstSeconds is { } seconds ? new Sourced(seconds, "EngineOptions.BurstSeconds")
            : w.BurstSeconds ?? WorkloadDefaults.BurstSeconds;
        return new WorkloadUsed(rate, Figure.Of(read), Figure.Of(peak), connections)
        {
            BurstSeconds = Figure.Of(burst),
        };
    }

    // Errors first, then warnings, then info; within a severity by rule id; stable otherwise (design order).
    internal static Finding[] Order(List<Finding> findings) =>
        [.. findings.Select((f, i) => (f, i)).OrderBy(x => -(int)x.f.Severity).ThenBy(x => x.f.RuleId, StringComparer.Ordinal).ThenBy(x => x.i).Select(x => x.f)];

    /// <summary>The evaluation of a design for a problem the catalog does not have: <paramref name="findings"/> only.</summary>
    public static Evaluation Unknown(string problemId, IReadOnlyList<Finding> findings) => new()
    {
        ProblemId = problemId,
        ProblemTitle = "(unknown problem)",
        Workload = new WorkloadUsed(null, new Figure(0, "unknown problem"), new Figure(1, "unknown problem"), null),
        Findings = findings,
        Tiers = [],
        Gates = [],
        Components = [],
        Latency = [],
        SinglePointsOfFailure = [],
        Scenarios = [],
    };
}
