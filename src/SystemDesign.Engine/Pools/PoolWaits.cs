using System.Collections.Generic;
using System.Linq;
using SystemDesign.Engine.Checks;
using SystemDesign.Engine.Latency;

namespace SystemDesign.Engine.Pools;

/// <summary>
/// Adds the wait for a connection to the path's latency: each database's hop gets, in front of its queue, the waits of
/// its pooled callers, weighted by the share of its requests each sends. An unstable pool (SD7009) has no finite wait
/// and is left to that error.
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
            foreach (var pool in group)
            {
                if (pool.Queue is { IsStable: true, ProbabilityOfWaiting: > 0 } queue && pool.Rps > 0)
                {
                    var theta = (queue.Servers * queue.ServiceRate) - queue.ArrivalRate;
                    waits.Add(new ConnectionWait(System.Math.Min(1, pool.Rps / total), queue.ProbabilityOfWaiting, 1 / theta));
                }
            }

            hops[group.Key] = hops[group.Key].WithConnectionWaits([.. waits]);
        }
    }
}
