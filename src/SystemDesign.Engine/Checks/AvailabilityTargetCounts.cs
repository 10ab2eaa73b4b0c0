using System.Collections.Generic;
using System.Linq;

namespace SystemDesign.Engine.Checks;

/// <summary>
/// The instance counts that bring the served fraction to the availability target (SD4001's proposal, docs/engine.md,
/// "Required instances"): one instance at a time to the component whose next instance serves the most requests, by
/// the served-fraction computation itself, until the target is met.
/// </summary>
/// <remarks>
/// Greedy, so not always the fewest instances in all, but each step is the best single step and the result meets the
/// target. Every component's availability (k of n, k its load's instances) rises with n at or above k, so the served
/// fraction rises with every step, towards 1: a target below 1 is reached unless the steps run out.
/// </remarks>
internal static class AvailabilityTargetCounts
{
    /// <summary>Instances added in all before the search gives up (the finding then proposes no count).</summary>
    private const int MaxAddedInstances = 64;

    /// <summary>Components weighed per step, the least available first, so a step costs a bounded number of passes.</summary>
    private const int Candidates = 16;

    public static (Dictionary<int, long> Counts, double Availability)? Search(EvaluationContext context, double[] perComponent, double target)
    {
        // Each step weighs every candidate with a pass over the design: past the latency bound the search is not run.
        if (context.Nodes.Length > context.Options.MaxComponentsForPathLatency || !(target < 1))
        {
            return null;
        }

        var nodes = context.Nodes.Where(n => context.SynchronousPath[n.Index] && n.Availability.Value < 1).ToArray();
        var up = (double[])perComponent.Clone();
        var counts = new Dictionary<int, long>();
        var k = new Dictionary<int, int>();
        foreach (var node in nodes)
        {
            // An overloaded component counts from the instances its load needs: below them, k of n is aⁿ and falls.
            k[node.Index] = AvailabilityCheck.NeededInstances(context, node);
            if (k[node.Index] > node.InstanceCount)
            {
                counts[node.Index] = k[node.Index];
                up[node.Index] = AvailabilityCheck.KOfN(k[node.Index], k[node.Index], node.Availability.Value);
            }
        }

        var availability = AvailabilityCheck.Of(context, up);
        for (var added = 0; availability < target; added++)
        {
            if (added == MaxAddedInstances)
            {
                return null;
            }

            var (best, bestUp, bestServed) = (-1, 0.0, availability);
            foreach (var node in nodes.OrderBy(n => up[n.Index]).ThenBy(n => n.Index).Take(Candidates))
            {
                var n = CountOf(node, counts);
                if (n >= int.MaxValue)
                {
                    continue;
                }

                var more = (int)n + 1;

                var saved = up[node.Index];
                up[node.Index] = AvailabilityCheck.KOfN(System.Math.Min(k[node.Index], more), more, node.Availability.Value);
                var served = AvailabilityCheck.Of(context, up);
                if (served > bestServed)
                {
                    (best, bestUp, bestServed) = (node.Index, up[node.Index], served);
                }

                up[node.Index] = saved;
            }

            if (best < 0)
            {
                return null; // no instance serves more requests: the target is out of reach by counts
            }

            counts[best] = CountOf(context.Nodes[best], counts) + 1;
            up[best] = bestUp;
            availability = bestServed;
        }

        return (counts, availability);
    }

    private static long CountOf(Resolution.ResolvedComponent node, Dictionary<int, long> counts) =>
        counts.TryGetValue(node.Index, out var n) ? n : node.InstanceCount;
}
