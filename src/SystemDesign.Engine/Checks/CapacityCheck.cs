using System.Collections.Generic;
using SystemDesign.Engine.Flow;
using SystemDesign.Engine.Resolution;
using SystemDesign.Model;
using static SystemDesign.Engine.Checks.EvaluationContext;
using static SystemDesign.Engine.NumberText;

namespace SystemDesign.Engine.Checks;

/// <summary>
/// Load against capacity (docs/engine.md, "Capacity"): utilization = offered ÷ (instances × per-instance capacity)
/// at the target and at peak; the smallest instance count n with n × capacity ≥ headroom × load, in exact
/// arithmetic; connections against connection capacity; consumers against the messages arriving.
/// </summary>
internal static class CapacityCheck
{
    /// <summary>Instances a consumer can use: a stream consumer group uses at most one instance per partition.</summary>
    public static int[] UsableInstances(EvaluationContext context) => Usable(context, report: true);

    /// <summary><see cref="UsableInstances"/> without its findings: for a figure computed before the checks run.</summary>
    public static int[] UsableCounts(EvaluationContext context) => Usable(context, report: false);

    private static int[] Usable(EvaluationContext context, bool report)
    {
        var usable = new int[context.Nodes.Length];
        for (var i = 0; i < usable.Length; i++)
        {
            usable[i] = context.Nodes[i].InstanceCount;
        }

        foreach (var stream in context.Nodes)
        {
            if (stream.Partitions is not { } partitions)
            {
                continue;
            }

            foreach (var edge in context.Graph.Outgoing[stream.Index])
            {
                if (edge.Role is EdgeRole.Consume or EdgeRole.Request && usable[edge.To] > partitions.Value)
                {
                    usable[edge.To] = (int)partitions.Value;
                    if (!report)
                    {
                        continue;
                    }

                    context.Add(Rules.PartitionsCapConsumers, context.Nodes[edge.To].Name, FindingTarget.Component(stream.Index),
                        $"{context.Nodes[edge.To].Name}: {Count(context.Nodes[edge.To].InstanceCount)} instances consume {stream.Name}, which has {N(partitions.Value)} partitions; only {N(partitions.Value)} can work at once. Raise {stream.Name}.{Knobs.Partitions.Method}({Count(context.Nodes[edge.To].InstanceCount)}) or lower the instances.",
                        Proposed(Knobs.Partitions, context.Nodes[edge.To].InstanceCount), (FindingKeys.Stream, stream.Name));
                }
            }
        }

        return usable;
    }

    public static void Run(EvaluationContext context, int[] usable)
    {
        foreach (var node in context.Nodes)
        {
            var load = context.Load(node.Index);
            if (node.CapacityPerInstance is not { } perInstance || load <= 0)
            {
                continue;
            }

            var capacity = Capacity(perInstance.Value, usable[node.Index]);
            var utilization = load / capacity;
            // A replica of a sharded primary applies less per instance as instances are added (each holds fewer shards).
            var required = context.WithHeadroom(node.Index, perInstance.Value);
            // A stream consumer capped by partitions gains nothing from more instances alone: partitions come with them.
            var capped = usable[node.Index] < node.InstanceCount;
            // Each threshold compares instance counts decided in exact arithmetic: a utilization of 100.0000000001%
            // from float noise is not a finding, and one of exactly 100% (a saturated queue) is.
            var saturated = usable[node.Index] < context.Unsaturated(node.Index, perInstance.Value);
            if (saturated)
            {
                context.Add(Rules.Overloaded, node.Name, $"{Arithmetic(node, load, usable[node.Index], perInstance.Value)}; {Remedy(context, node, load, required, usable[node.Index])}.", Fix(required));
            }
            else if (usable[node.Index] < required)
            {
                context.Add(Rules.BelowHeadroom, node.Name,
                    $"{Arithmetic(node, load, usable[node.Index], perInstance.Value)}, less than the {Percent(context.Headroom - 1)} headroom; {Remedy(context, node, load, required, usable[node.Index])}.", Fix(required));
            }

            var peakLoad = load * context.Peak;
            var peakRequired = context.Unsaturated(node.Index, perInstance.Value, context.Peak);
            if (context.Peak > 1 && !saturated && usable[node.Index] < peakRequired)
            {
                context.Add(Rules.OverloadedAtPeak, node.Name,
                    $"{node.Name}: at peak ({N(context.Peak)} × {N(load)} = {N(peakLoad)} req/s) utilization is {Percent(peakLoad / capacity)} of {N(capacity)} req/s; "
                    + (peakRequired == long.MaxValue
                        ? $"no instance count carries the peak: each instance applies {N(context.Applied(node.Index) * context.Peak)} req/s of replication at peak (its copy of the primary's writes)."
                        : $"{Count(peakRequired)} {(capped ? "consumers (and as many partitions)" : "instances")} carry the peak below 100%."),
                    Proposed(Knobs.Instances, System.Math.Max(peakRequired, required)));
            }
        }

        CheckConnections(context);
        CheckConsumers(context, usable);
    }

    // The explanations are formatted only for a component that gets a finding: most get none, and number
    // formatting was most of this check's time on a large design.
    private static string Arithmetic(ResolvedComponent node, double load, int usable, double perInstance)
    {
        var capacity = perInstance * usable;
        return $"{node.Name}: {N(load)} req/s offered, {Count(usable)} × {N(perInstance)} = {N(capacity)} req/s capacity (utilization {Percent(load / capacity)})";
    }

    private static string Remedy(EvaluationContext context, ResolvedComponent node, double load, long required, int usable) =>
        required == long.MaxValue
            ? $"no instance count carries it with the {Percent(context.Headroom - 1)} headroom: each instance applies {N(context.Applied(node.Index))} req/s of replication (its copy of the primary's writes), and more instances only add more copies"
        : usable < node.InstanceCount
            ? $"more instances do not help while only {Count(usable)} partition{(usable == 1 ? " feeds" : "s feed")} {node.Name}: raise the partitions to {Count(required)} and the instances with them"
            : $"{Count(required)} instances give {N(required * node.CapacityPerInstance!.Value)} req/s, the {Percent(context.Headroom - 1)} headroom ({N(context.Headroom)} × {N(load)} = {N(context.Headroom * load)})";

    // A consumer capped by partitions needs the count and as many partitions: the count is proposed here, and the
    // partitions beside it when the counts are settled (CappingStreams), so one fix applies both.
    private static FindingProperty[] Fix(long required) => [Proposed(Knobs.Instances, required)];

    private static void CheckConnections(EvaluationContext context)
    {
        if (context.Workload.ConcurrentConnections is not { } connections)
        {
            return;
        }

        var holders = new List<ResolvedComponent>();
        foreach (var node in context.Nodes)
        {
            if (node.ConnectionsPerInstance is not null)
            {
                holders.Add(node);
            }
        }

        foreach (var node in holders)
        {
            // The connections spread evenly over the connection-holding components. They are capacity like a request
            // rate: the same headroom, the same exact thresholds, and N+1 (FailureCheck) re-checks them.
            var share = connections.Value / holders.Count;
            var perInstance = node.ConnectionsPerInstance!.Value;
            var capacity = Capacity(perInstance, node.InstanceCount);
            var required = RequiredInstances(share, perInstance, context.Headroom);
            var unsaturated = InstanceRequirements.UnsaturatedInstances(share, perInstance);
            context.Requirements.Require(node.Index, unsaturated, $"connections below 100%: {N(share)} ÷ {N(perInstance)}");
            context.Requirements.Require(node.Index, required, $"{Percent(context.Headroom - 1)} connection headroom: {N(context.Headroom)} × {N(share)} ÷ {N(perInstance)}");
            context.Requirements.RequireSurvivingLoss(node.Index, InstanceRequirements.SurvivingLoss(share, perInstance),
                $"N+1 for connections: {N(share)} ÷ {N(perInstance)} below 100%, plus one instance to lose");
            var arithmetic = $"{node.Name}: {N(share)} concurrent connections ({connections.Source}), {Count(node.InstanceCount)} × {N(perInstance)} = {N(capacity)} connections capacity ({Percent(share / capacity)})";
            var remedy = $"{Count(required)} instances hold them with the {Percent(context.Headroom - 1)} headroom ({N(context.Headroom)} × {N(share)} ÷ {N(perInstance)}, rounded up)";
            if (node.InstanceCount < unsaturated)
            {
                context.Add(Rules.ConnectionsOverCapacity, node.Name, $"{arithmetic}; {remedy}.", Proposed(Knobs.Instances, required));
            }
            else if (node.InstanceCount < required)
            {
                context.Add(Rules.BelowHeadroom, node.Name, $"{arithmetic}, less than the {Percent(context.Headroom - 1)} headroom; {remedy}.", Proposed(Knobs.Instances, required));
            }
        }
    }

    private static void CheckConsumers(EvaluationContext context, int[] usable)
    {
        foreach (var node in context.Nodes)
        {
            if (node.Behaviour != Behaviour.Messaging)
            {
                continue;
            }

            var arriving = context.Flow.Reads[node.Index] + context.Flow.Writes[node.Index];
            var plan = context.Graph.Plan(node.Index, RequestClass.Write);
            if (arriving <= 0 || plan.Groups.Count == 0)
            {
                continue;
            }

            foreach (var group in plan.Groups)
            {
                var drain = 0.0;
                var names = new List<string>();
                foreach (var (edge, _) in group.Edges)
                {
                    var consumer = context.Nodes[edge.To];
                    if (consumer.CapacityPerInstance is { } c)
                    {
                        drain += Capacity(c.Value, usable[edge.To]);
                        names.Add($"{consumer.Name} {Count(usable[edge.To])} × {N(c.Value)}");
                    }
                    else
                    {
                        drain = double.PositiveInfinity;
                    }
                }

                if (drain < arriving)
                {
                    var growth = arriving - drain;
                    context.Add(Rules.ConsumerBacklog, node.Name,
                        $"{node.Name}: {N(arriving)} msg/s arrive, consumers drain {Listed(names, " + ")} = {N(drain)} msg/s; the backlog grows {N(growth)} msg/s ({N(growth * 3600)} per hour) and never drains.");
                }
            }
        }
    }
}
