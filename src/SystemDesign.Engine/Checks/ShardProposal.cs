using System.Collections.Generic;
using SystemDesign.Engine.Flow;
using SystemDesign.Engine.Resolution;
using SystemDesign.Model;
using static SystemDesign.Engine.NumberText;

namespace SystemDesign.Engine.Checks;

/// <summary>
/// The shard count that lets a replica keep up when no instance count can (docs/engine.md, "Sharding"): each replica
/// instance applies every write of its primary, so past one instance's capacity more replicas only add more copies of
/// the same work. Sharding the primary into S shards leaves each instance W ÷ S to apply; the proposal is the S at
/// which the replica needs the fewest instances, one shard's copy on each.
/// </summary>
internal static class ShardProposal
{
    // Shards are counted against SD0015's bound on instances: one shard's copy per replica instance at most.
    private const long MaxShards = Knobs.MaxInstances;

    /// <summary>
    /// The proposed shards, one count S for every primary that replicates into the replica (their writes add up on each
    /// instance), and the replica's instances at S; null when sharding cannot help.
    /// </summary>
    public static (IReadOnlyList<ResolvedComponent> Primaries, long Shards, long Instances, string Arithmetic)? For(EvaluationContext context, int replica)
    {
        var node = context.Nodes[replica];
        if (node.CapacityPerInstance is not { } perInstance || !context.HasRate)
        {
            return null;
        }

        var primaries = new List<ResolvedComponent>();
        var (writes, applied) = (0.0, 0.0);
        foreach (var from in context.Nodes)
        {
            foreach (var e in context.Graph.Outgoing[from.Index])
            {
                if (e.To == replica && e.Role == EdgeRole.Replication && from.Shards is not null && context.Flow.Writes[from.Index] > 0)
                {
                    primaries.Add(from);
                    writes += context.Flow.Writes[from.Index];
                    applied += TrafficFlow.AppliedPerInstance(context.Graph, from.Index, replica, context.Flow.Writes[from.Index]);
                }
            }
        }

        if (primaries.Count == 0)
        {
            return null;
        }

        // What the instance applies from sources that cannot shard stays; the primaries' part becomes W ÷ S.
        var others = System.Math.Max(0, context.Applied(replica) - applied);
        var shared = context.Shared(replica);
        var c = perInstance.Value;
        // The stricter of the headroom at the target rate and the peak (both grade the replica's count).
        var factor = System.Math.Max(context.Headroom, context.Peak);
        long Needed(long shards) => InstanceRequirements.WithHeadroom(shared, others + (writes / shards), c, factor);

        // Needed falls as S grows and one copy per instance asks S: the fewest instances is the first S with Needed ≤ S.
        if (Needed(MaxShards) > MaxShards)
        {
            return null;
        }

        long low = 1, high = MaxShards;
        while (low < high)
        {
            var mid = low + ((high - low) / 2);
            if (Needed(mid) <= mid)
            {
                high = mid;
            }
            else
            {
                low = mid + 1;
            }
        }

        var instances = System.Math.Max(low, Needed(low));
        var arithmetic = $"{N(writes)} writes/s ÷ {Count(low)} shards = {N(writes / low)} for each instance to apply, and {Count(instances)} instances, one shard's copy on each, "
            + $"carry {N(factor)} × their load below {N(c)} req/s each";
        return (primaries, low, instances, arithmetic);
    }
}
