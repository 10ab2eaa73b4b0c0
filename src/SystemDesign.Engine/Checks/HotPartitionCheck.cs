using System.Linq;
using SystemDesign.Engine.Flow;
using SystemDesign.Engine.Math;
using SystemDesign.Model;
using static SystemDesign.Engine.NumberText;

namespace SystemDesign.Engine.Checks;

/// <summary>
/// SD7014: a stream's busiest key saturates the one consumer instance that reads its partition (docs/engine.md,
/// "Hot keys"). The busiest partition receives max(λ ÷ P, s × λ) (<see cref="Partitioning"/>); one instance of each
/// consumer group reads it, so it saturates when that reaches the instance's capacity, whatever the partition or
/// instance count. Fewer partitions than consumer instances is SD2006.
/// </summary>
internal static class HotPartitionCheck
{
    public static void Run(EvaluationContext context)
    {
        if (!context.HasRate)
        {
            return;
        }

        foreach (var stream in context.Nodes)
        {
            if (stream.Partitions is not { } partitions || stream.Component.HotKeyShare is not { } share || !(share > 0 && share <= 1))
            {
                continue;
            }

            var arriving = context.Flow.Reads[stream.Index] + context.Flow.Writes[stream.Index];
            if (!(arriving > 0) || double.IsInfinity(arriving))
            {
                continue;
            }

            var busiest = Partitioning.BusiestPartitionRate(arriving, partitions.Value, share);
            var consumers = context.Graph.Outgoing[stream.Index]
                .Where(e => e.Role is EdgeRole.Consume or EdgeRole.Request && context.Nodes[e.To].CapacityPerInstance is not null)
                .Select(e => context.Nodes[e.To]);
            foreach (var consumer in consumers)
            {
                var perInstance = consumer.CapacityPerInstance!.Value;
                if (busiest < perInstance)
                {
                    continue;
                }

                context.Add(Rules.HotPartition, stream.Name,
                    $"{stream.Name}: its busiest key carries {ShortPercent(share)} of {N(arriving)} msg/s, so one partition receives max({N(arriving)} ÷ {N(partitions.Value)}, {N(share)} × {N(arriving)}) = {N(busiest)} msg/s, "
                    + $"and the one instance of {consumer.Name} that reads it takes {N(perInstance)} msg/s: that partition's lag grows without bound ({Percent(busiest / perInstance)} of the instance), whatever the partition or instance count. "
                    + $"Spread the key (salt it over several partitions and merge downstream), or make one instance of {consumer.Name} faster than {N(busiest)} msg/s.");
            }
        }
    }
}
