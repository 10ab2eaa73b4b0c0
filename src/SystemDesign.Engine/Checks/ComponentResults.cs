using System.Collections.Generic;
using SystemDesign.Engine.Latency;
using SystemDesign.Engine.Math;
using SystemDesign.Engine.Resolution;
using SystemDesign.Engine.Results;

namespace SystemDesign.Engine.Checks;

/// <summary>Assembles the per-component figures of the report.</summary>
internal static class ComponentResults
{
    public static ComponentResult[] All(EvaluationContext context, HopModel[] hops, int[] usable, double[] availability, double[] monthlyCost)
    {
        // The P99 is a bisection of some 40 steps; the identical components of a design of repeated cells have
        // identical queues, so each distinct queue (λ, μ, c: everything the percentile depends on) is solved once.
        var p99 = new Dictionary<(double, double, int), double>();
        var results = new ComponentResult[context.Nodes.Length];
        foreach (var n in context.Nodes)
        {
            results[n.Index] = For(context, n, hops[n.Index], usable[n.Index], availability[n.Index], monthlyCost[n.Index], p99);
        }

        return results;
    }

    private static ComponentResult For(
        EvaluationContext context, ResolvedComponent n, HopModel hop, int usable, double availability, double monthlyCost, Dictionary<(double, double, int), double> p99)
    {
        var load = context.Load(n.Index);
        var capacity = n.CapacityPerInstance is { } c ? EvaluationContext.Capacity(c.Value, usable) : (double?)null;
        var measured = capacity is not null && context.HasRate;
        return new ComponentResult
        {
            Name = n.Name,
            Type = n.Component.Type,
            Kind = n.Kind,
            OnRequestPath = n.Behaviour != Behaviour.OffPath,
            Instances = n.Instances,
            CapacityPerInstance = n.CapacityPerInstance,
            ServiceTimeMs = n.ServiceTimeMs,
            ServersPerInstance = hop.Queue is not null || (hop.TakesTime && n.CapacityPerInstance is not null) ? hop.Servers : null,
            ModelledServiceTimeMs = hop.TakesTime ? 1000 / hop.ServiceRate : null,
            InstanceAvailability = n.Availability,
            HourlyCostUsd = n.HourlyCost,
            HitRate = n.HitRate,
            Partitions = n.Partitions,
            Shards = n.Shards,
            ConnectionsPerInstance = n.ConnectionsPerInstance,
            OfferedRps = load,
            ReadRps = n.Behaviour is Behaviour.Source or Behaviour.OffPath ? 0 : context.Flow.Reads[n.Index],
            WriteRps = n.Behaviour is Behaviour.Source or Behaviour.OffPath ? 0 : context.Flow.Writes[n.Index],
            CapacityRps = capacity,
            Utilization = measured ? load / capacity : null,
            PeakUtilization = measured && context.Peak > 1 ? load * context.Peak / capacity : null,
            RequiredInstances = measured && context.Requirements.For(n.Index).Count < long.MaxValue ? context.Requirements.For(n.Index).Count : null,
            RequiredBecause = measured ? context.Requirements.For(n.Index).Because : null,
            MeanResponseMs = !hop.TakesTime || !context.HasRate ? null : hop.Saturated ? double.PositiveInfinity : hop.Mean(false) * 1000,
            P99ResponseMs = !hop.TakesTime || !context.HasRate ? null
                : hop.Saturated ? double.PositiveInfinity
                : hop.Queue is { } q ? P99(q, p99) * 1000
                : -System.Math.Log(0.01) / hop.ServiceRate * 1000,
            ComponentAvailability = availability,
            UsdPerMillionRequests = CostCheck.RequestPrice(context, n),
            MonthlyCostUsd = monthlyCost,
        };
    }

    private static double P99(MmcQueue queue, Dictionary<(double, double, int), double> solved)
    {
        var key = (queue.ArrivalRate, queue.ServiceRate, queue.Servers);
        if (!solved.TryGetValue(key, out var seconds))
        {
            solved[key] = seconds = queue.ResponseTimePercentile(0.99);
        }

        return seconds;
    }
}
