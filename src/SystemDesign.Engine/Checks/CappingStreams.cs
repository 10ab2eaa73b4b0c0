using System.Collections.Generic;
using SystemDesign.Engine.Flow;
using SystemDesign.Model;

namespace SystemDesign.Engine.Checks;

/// <summary>
/// The streams whose partitions cap a consumer (docs/engine.md, §3 "Capacity"): a consumer group uses at most one
/// instance per partition, so a consumer's count is a count of working instances only when every stream it consumes
/// has as many partitions. A count proposed for a consumer therefore comes with the partitions that let it work
/// (<c>partitions:&lt;stream&gt;</c>): a finding that needs both knobs says both, and its fix applies both.
/// </summary>
internal sealed class CappingStreams
{
    private readonly EvaluationContext context;
    private readonly Dictionary<int, List<int>> streamsOf = [];

    private CappingStreams(EvaluationContext context)
    {
        this.context = context;
    }

    /// <summary>Every stream → consumer pair of the design, read once off the streams' outgoing edges.</summary>
    public static CappingStreams Of(EvaluationContext context)
    {
        var map = new CappingStreams(context);
        foreach (var stream in context.Nodes)
        {
            if (stream.Partitions is null)
            {
                continue;
            }

            foreach (var edge in context.Graph.Outgoing[stream.Index])
            {
                if (edge.Role is EdgeRole.Consume or EdgeRole.Request)
                {
                    if (!map.streamsOf.TryGetValue(edge.To, out var list))
                    {
                        map.streamsOf[edge.To] = list = [];
                    }

                    if (!list.Contains(stream.Index))
                    {
                        list.Add(stream.Index);
                    }
                }
            }
        }

        return map;
    }

    /// <summary>The streams feeding <paramref name="consumer"/> with fewer than <paramref name="count"/> partitions.</summary>
    public IEnumerable<int> Below(int consumer, long count)
    {
        if (!streamsOf.TryGetValue(consumer, out var streams))
        {
            yield break;
        }

        foreach (var stream in streams)
        {
            if (context.Nodes[stream].Partitions!.Value < count)
            {
                yield return stream;
            }
        }
    }

    /// <summary>Adds <c>partitions:&lt;stream&gt;</c> = <paramref name="count"/> for every stream that caps the consumer below it.</summary>
    public void Propose(IDictionary<string, string> properties, int consumer, long count)
    {
        if (count == long.MaxValue)
        {
            return;
        }

        foreach (var stream in Below(consumer, count))
        {
            properties[Knobs.Partitions.FixPropertyFor(context.Nodes[stream].Name)!] = NumberText.Raw(count);
        }
    }
}
