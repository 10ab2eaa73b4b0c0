using System.Collections.Generic;
using System.Linq;
using SystemDesign.Engine.Checks;
using SystemDesign.Engine.Latency;

namespace SystemDesign.Engine.Pools;

/// <summary>
/// Adds the wait for a connection to the path's latency: each database's hop gets, in front of its queue, the waits of
/// its pooled callers, weighted by the share of its requests each sends. An unstable pool (SD7009) has no finite wait:
/// the hop is saturated by it (<see cref="HopModel.SaturatedPool"/>), so the paths through it are unbounded, as behind
/// any component over capacity, and more caller instances never make the latency worse.
/// </summary>
internal static class PoolWaits
{
    public static void Apply(EvaluationContext context, HopModel[] hops)
    {
        foreach (var group in context.Pools.GroupBy(p => p.Database.Index))
        {
            var total = context.Shared(group.Key);
            if (!(total > 0))
            {
                continue;
            }

            var waits = new List<ConnectionWait>();
            string? unstable = null;
            foreach (var pool in group)
            {
                if (pool.Queue is { IsStable: true, ProbabilityOfWaiting: > 0 } queue && pool.Rps > 0)
                {
                    var theta = (queue.Servers * queue.ServiceRate) - queue.ArrivalRate;
                    waits.Add(new ConnectionWait(System.Math.Min(1, pool.Rps / total), queue.ProbabilityOfWaiting, 1 / theta));
                }
                else if (pool.Rps > 0 && pool.Queue is not { IsStable: true })
                {
                    unstable ??= pool.Caller.Name;
                }
            }

            hops[group.Key] = hops[group.Key].WithConnectionWaits([.. waits]);
            if (unstable is not null)
            {
                hops[group.Key] = hops[group.Key].WithSaturatedPool(unstable);
            }
        }
    }
}
