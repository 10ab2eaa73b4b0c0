using System.Collections.Generic;
using System.Linq;

namespace SystemDesign.Engine.Checks;

/// <summary>
/// The state of <see cref="RequiredCountSearch"/>: the count each component is proposed and the constraint that decides
/// it, and the shards proposed for primaries whose replicas no count carries (<see cref="ShardProposal"/>). Counts and
/// shards only rise, which is what makes the search end.
/// </summary>
internal sealed class SizingSearch
{
    public SizingSearch(int nodes)
    {
        Counts = new long[nodes];
        Because = new string?[nodes];
        Shards = new long[nodes];
    }

    /// <summary>The proposed count per component (<see cref="long.MaxValue"/>: none meets every constraint).</summary>
    public long[] Counts { get; }

    /// <summary>The constraint that decides each count.</summary>
    public string?[] Because { get; }

    /// <summary>The proposed shards per primary (0: the primary's own, nothing proposed).</summary>
    public long[] Shards { get; }

    /// <summary>The replicas that need their primaries sharded, and why no count carries them at the declared shards.</summary>
    public Dictionary<int, ShardPlan> Plans { get; } = [];

    /// <summary>
    /// For every replica no count carries at <paramref name="at"/>'s shards, raises its primaries' proposed shards to
    /// the shard proposal's and its count to the count at those shards; whether anything rose. At the declared design
    /// this opens the plan; at a sized one it raises the shards again only if the proposed ones did not cure it.
    /// </summary>
    public bool ProposeShards(EvaluationContext at)
    {
        var rose = false;
        for (var i = 0; i < Counts.Length; i++)
        {
            if (at.Requirements.Own(i).Count != long.MaxValue || ShardProposal.For(at, i) is not { } proposal)
            {
                continue;
            }

            var primaries = proposal.Primaries.Select(p => p.Index).ToArray();
            if (!Plans.ContainsKey(i))
            {
                // The reason no count works is the declared design's, said beside the proposal.
                Plans[i] = new ShardPlan(primaries, Because[i] ?? string.Empty, proposal.Arithmetic);
                (Counts[i], Because[i]) = (proposal.Instances, $"the proposed shards: {proposal.Arithmetic}");
                rose = true;
            }
            else if (proposal.Instances > Counts[i])
            {
                (Counts[i], Because[i]) = (proposal.Instances, $"the proposed shards: {proposal.Arithmetic}");
                rose = true;
            }

            foreach (var primary in primaries)
            {
                if (proposal.Shards > Shards[primary])
                {
                    Shards[primary] = proposal.Shards;
                    rose = true;
                }
            }
        }

        return rose;
    }

    /// <summary>A replica's shard plan: the primaries to shard, why no count works unsharded, and the arithmetic of the proposal.</summary>
    internal sealed record ShardPlan(int[] Primaries, string Impossible, string Arithmetic);
}
