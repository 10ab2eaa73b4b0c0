using System.Collections.Generic;
using static SystemDesign.Engine.NumberText;

namespace SystemDesign.Engine.Checks;

/// <summary>
/// The availability part of the required count at a design that meets its availability target (docs/engine.md,
/// "Required instances"): SD4001's search sizes counts only where the target is missed, so at a passing design a
/// component whose spares the target needs showed a lower count, decided by another constraint. For each component
/// that can fail on the synchronous path, the smallest count that still keeps the target, the others as declared,
/// is registered with the target named.
/// </summary>
/// <remarks>
/// A component up while k of its n instances are is more available with every instance at or above k, and the served
/// fraction rises with each component's figure, so "keeps the target at n" is monotone in n and is bisected between
/// the other constraints' count (at least k) and the declared one. Each trial is one pass of the served fraction over
/// the design, paid from <see cref="MaxWork"/>; when it runs out, a component not yet settled gets the smallest count
/// known to keep the target (at worst its declared one), said in the constraint, never a count below the minimum.
/// </remarks>
internal static class AvailabilityCountProbe
{
    /// <summary>
    /// Components modelled in all by the trials (a pass of the served fraction models each once): about a thousand
    /// trials for a design of 20 components, ten for one of 2,000, so the probe stays within the analyzer's budget.
    /// </summary>
    private const long MaxWork = 20_000;

    /// <param name="context">The declared design's evaluation (never a sized pass of the count search).</param>
    /// <param name="perComponent">Each component's availability as <see cref="AvailabilityCheck.Run"/> computed it.</param>
    /// <param name="target">The availability target, which the design keeps (a missed one is SD4001's search).</param>
    /// <param name="answered">The share answered before a client's timeout: counts must keep target ÷ answered.</param>
    /// <param name="standbys">The design's standby pairs (<see cref="StandbyPairs.Of"/>), as the check found them.</param>
    public static void Run(EvaluationContext context, double[] perComponent, double target, double answered, Dictionary<int, int> standbys)
    {
        if (!(target < 1) || answered <= 0 || context.Nodes.Length > context.Options.MaxComponentsForPathLatency)
        {
            return;
        }

        var needed = target / answered;
        var trial = (double[])perComponent.Clone();
        var constraint = AvailabilityCheck.TargetConstraint(target);
        var work = MaxWork;
        foreach (var node in context.Nodes)
        {
            var (i, n, a) = (node.Index, node.InstanceCount, node.Availability.Value);
            var k = AvailabilityCheck.NeededInstances(context, node);
            var low = System.Math.Max(k, context.Requirements.Own(i).Count);
            if (!context.SynchronousPath[i] || !(a < 1) || low >= n)
            {
                continue;
            }

            // The component's figure at m instances, as AvailabilityCheck computes it (a standby pair stays a pair).
            var covered = standbys.TryGetValue(i, out var standby) && StandbyPairs.Covers(context, node, standby);
            bool? Keeps(long m)
            {
                work -= context.Nodes.Length;
                if (work < 0)
                {
                    return null;
                }

                var up = AvailabilityCheck.KOfN(k, (int)m, a);
                trial[i] = covered ? StandbyPairs.Availability(context, node, standby, up) : up;
                var kept = AvailabilityCheck.Of(context, trial) >= needed;
                trial[i] = perComponent[i];
                return kept;
            }

            var floor = Keeps(low);
            if (floor is true)
            {
                continue; // the other constraints' count keeps the target: they decide
            }

            // low misses, n keeps: the smallest count that keeps it lies in (low, n].
            long high = n;
            var settled = floor is false;
            while (settled && high - low > 1)
            {
                var mid = low + ((high - low) / 2);
                switch (Keeps(mid))
                {
                    case true: high = mid; break;
                    case false: low = mid; break;
                    default: settled = false; break;
                }
            }

            context.Requirements.Require(i, high, settled ? constraint
                : $"{constraint}: {Count(high)} keep it, fewer were not all tried (the probe's work bound was spent)");
        }
    }
}
