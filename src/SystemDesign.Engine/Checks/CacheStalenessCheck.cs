using System.Collections.Generic;
using System.Linq;
using SystemDesign.Engine.Flow;
using SystemDesign.Engine.Resolution;
using SystemDesign.Model;
using static SystemDesign.Engine.NumberText;

namespace SystemDesign.Engine.Checks;

/// <summary>
/// SD7013: a cache whose data two or more components write, with neither a TTL nor invalidation on write
/// (docs/rules/SD7013.md). Read from the flow: the stores a cache holds copies of are those it reads on a miss, those
/// its look-aside callers read, and the primaries that replicate into either; its writers are the services and clients
/// whose edges carry writes into the cache or into one of those stores. A writer that goes around the cache cannot
/// update the entry, and with several writers one of them will.
/// </summary>
internal static class CacheStalenessCheck
{
    public static void Run(EvaluationContext context)
    {
        foreach (var cache in context.Nodes)
        {
            if (cache.Behaviour != Behaviour.Cache || !Behaviours.Is(cache.Kind, "cache")
                || cache.Component.TtlSeconds is not null || cache.Component.InvalidatesOnWrite)
            {
                continue;
            }

            var behind = StoresBehind(context, cache.Index);
            var writers = new SortedSet<string>(System.StringComparer.Ordinal);
            foreach (var node in context.Nodes.Where(n => n.Behaviour is Behaviour.Service or Behaviour.Source))
            {
                if (context.Graph.Outgoing[node.Index].Any(e => e.CarriesWrites && (e.To == cache.Index || behind.Contains(e.To))))
                {
                    writers.Add(node.Name);
                }
            }

            if (writers.Count < 2)
            {
                continue;
            }

            var stores = behind.Select(i => context.Nodes[i].Name).OrderBy(n => n, System.StringComparer.Ordinal);
            context.Add(Rules.StaleCache, cache.Name,
                $"{cache.Name} holds copies of {(behind.Count == 0 ? "what is written to it" : Listed(stores, ", "))}, which {Listed(writers, ", ")} write, "
                + $"and it has neither a TTL nor invalidation on write: a write that does not reach {cache.Name} leaves a stale entry that is served until it is evicted. "
                + $"Bound the staleness with {cache.Name}.{Knobs.Ttl.Method}(seconds), or delete entries on write with {cache.Name}.{Knobs.InvalidatesOnWrite.Method}().",
                (Knobs.InvalidatesOnWrite.FixProperty!, Knob.SwitchOn));
        }
    }

    private static HashSet<int> StoresBehind(EvaluationContext context, int cache)
    {
        var graph = context.Graph;
        var behind = new HashSet<int>();
        void AddReadStores(IEnumerable<FlowEdge> edges)
        {
            foreach (var e in edges.Where(e => e.CarriesReads && context.Nodes[e.To].Behaviour == Behaviour.Store))
            {
                behind.Add(e.To);
            }
        }

        AddReadStores(graph.Outgoing[cache]); // read-through: the cache fetches its misses itself
        foreach (var edges in graph.Outgoing)
        {
            if (edges.Any(e => e.To == cache && e.Role == EdgeRole.LookAside))
            {
                AddReadStores(edges); // cache-aside: the caller fills the cache from the stores it reads
            }
        }

        // A replica's rows are written at its primary: follow replication back until nothing new is added.
        for (var added = true; added;)
        {
            added = false;
            for (var from = 0; from < graph.Outgoing.Length; from++)
            {
                if (!behind.Contains(from) && graph.Outgoing[from].Any(e => e.Role == EdgeRole.Replication && behind.Contains(e.To)))
                {
                    added = behind.Add(from);
                }
            }
        }

        return behind;
    }
}
