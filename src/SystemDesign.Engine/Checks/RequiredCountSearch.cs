using System;
using System.Linq;
using SystemDesign.Engine.Results;
using SystemDesign.Model;

namespace SystemDesign.Engine.Checks;

/// <summary>
/// Settles the required counts (<see cref="InstanceRequirements"/>) against each other: some constraints can only be
/// measured at the counts the others propose (the latency targets with one instance lost depend on every hop's count,
/// N+1 binds once a count reaches 2), so the design is graded again with every proposed count applied, and the counts
/// that pass asks for are added, until a pass asks for nothing more. The findings of the design as declared then
/// propose these counts: applying every fix at once leaves none of the sizing findings, in any order.
/// </summary>
/// <remarks>
/// A replica no count carries at its primaries' shards (each instance saturated by the writes it applies) gets a shard
/// proposal (<see cref="ShardProposal"/>) and a count at those shards; the sized design is graded with the shards too,
/// so the constraints that only bind at the new shard count (N+1 on the replica's new count, the targets) settle in the
/// same search: the proposal is a fixed point of counts and shards, not a first round. Termination: counts and shards
/// only rise (each pass keeps the larger of what it had and what the pass asks), each is bounded (proposals past
/// <see cref="Knobs.MaxInstances"/> and SD0015's shard bound are not graded again), and the passes stop when one asks for
/// nothing more or after <see cref="MaxSizingPasses"/> per phase, whichever comes first.
/// </remarks>
internal static class RequiredCountSearch
{
    /// <summary>
    /// Passes over the sized design at most, per phase: each settles the constraints the previous counts brought in. One
    /// more than the three the counts alone used, for the pass that grades the proposed shards (and partitions).
    /// </summary>
    private const int MaxSizingPasses = 4;

    public static Evaluation Settle(Evaluation evaluation, EvaluationContext context, Func<Architecture, EvaluationContext> gradeSized)
    {
        var nodes = context.Nodes;
        var search = new SizingSearch(nodes.Length);
        for (var i = 0; i < nodes.Length; i++)
        {
            (search.Counts[i], search.Because[i]) = context.Requirements.Own(i);
        }

        search.ProposeShards(context);

        // The components' own constraints first, then the design-wide targets (SD3001, SD4001) on the design those
        // counts describe: a target is measured where the other constraints already put the counts, so it asks only
        // what they leave short, and a count both ask is named by the component's own.
        var last = Grow(context, search, gradeSized, (r, i) => r.Own(i)) ?? context;
        var targeted = false;
        for (var i = 0; i < nodes.Length; i++)
        {
            var (count, why) = last.Requirements.Target(i);
            if (count > search.Counts[i])
            {
                (search.Counts[i], search.Because[i], targeted) = (count, why, true);
            }
        }

        if (targeted)
        {
            Grow(context, search, gradeSized, (r, i) => r.For(i));
        }

        InstanceRequirements.Settle(context, search);
        var components = evaluation.Components.Select((c, i) => c.RequiredInstances is null ? c : c with { RequiredInstances = search.Counts[i], RequiredBecause = search.Because[i] }).ToArray();
        return evaluation with { Findings = Evaluator.Order(context.Findings), Components = components };
    }

    /// <summary>Grades the design sized at the search's counts and shards until a pass asks for nothing more; the last pass graded, or null.</summary>
    private static EvaluationContext? Grow(
        EvaluationContext context, SizingSearch search, Func<Architecture, EvaluationContext> gradeSized, Func<InstanceRequirements, int, (long, string?)> required)
    {
        EvaluationContext? sized = null;
        for (var pass = 0; pass < MaxSizingPasses && Sized(context, search) is { } architecture; pass++)
        {
            sized = gradeSized(architecture);
            var grew = search.ProposeShards(sized);
            for (var i = 0; i < search.Counts.Length; i++)
            {
                var (count, why) = required(sized.Requirements, i);
                // A sharded replica's count is the one at its proposed shards; at the shards graded, none is impossible
                // unless the shards did not help, and then the proposal above already said so.
                if (count > search.Counts[i] && !(count == long.MaxValue && search.Plans.ContainsKey(i)))
                {
                    (search.Counts[i], search.Because[i]) = (count, why);
                    grew = true;
                }
            }

            if (!grew)
            {
                break;
            }
        }

        return sized;
    }

    /// <summary>The design at the search's counts and shards, or null when they raise nothing (the search is done).</summary>
    private static Architecture? Sized(EvaluationContext context, SizingSearch search)
    {
        var declared = context.Architecture.Components;
        var components = new Component[declared.Count];
        var raised = false;
        for (var i = 0; i < components.Length; i++)
        {
            var component = declared[i];
            if (search.Counts[i] > context.Nodes[i].InstanceCount && search.Counts[i] <= Knobs.MaxInstances)
            {
                component = component with { Instances = (int)search.Counts[i] };
                raised = true;
            }

            if (search.Shards[i] > context.Nodes[i].ShardCount)
            {
                component = component with { Shards = (int)search.Shards[i] };
                raised = true;
            }

            components[i] = component;
        }

        // A consumer's proposed count comes with as many partitions on the streams that cap it (CappingStreams).
        var capping = CappingStreams.Of(context);
        for (var i = 0; i < components.Length; i++)
        {
            if (search.Counts[i] <= Knobs.MaxInstances)
            {
                foreach (var stream in capping.Below(i, search.Counts[i]))
                {
                    // Below compares the resolved partitions (a stream declaring none has 1); this compares what the pass
                    // has set so far, so a stream that two consumers read gets the larger of their counts.
                    raised = true;
                    if ((components[stream].Partitions ?? 1) < search.Counts[i])
                    {
                        components[stream] = components[stream] with { Partitions = (int)search.Counts[i] };
                    }
                }
            }
        }

        return raised ? new Architecture(context.Architecture.ProblemId, components, context.Architecture.Connections, context.Architecture.BuildFindings) : null;
    }
}
