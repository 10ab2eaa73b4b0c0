using System.Collections.Generic;
using System.Linq;
using SystemDesign.Engine.Flow;
using SystemDesign.Engine.Resolution;
using SystemDesign.Model;
using static SystemDesign.Engine.NumberText;

namespace SystemDesign.Engine.Checks;

/// <summary>
/// The design's shape against its flow (docs/engine.md): cycles the flow does not follow, components no traffic
/// reaches, and routers, caches and clients that receive traffic they have no edge to pass on.
/// </summary>
internal static class StructureCheck
{
    /// <summary>Adds the findings of this check to <paramref name="context"/>.</summary>
    public static void Run(EvaluationContext context)
    {
        foreach (var edge in context.Graph.CycleEdges)
        {
            context.Add(Rules.CycleIgnored, edge.Connection.From,
                $"{edge.Connection.From} → {edge.Connection.To} closes a cycle; traffic is not sent around it. If requests really loop, model one pass.");
        }

        if (!context.HasRate || context.Graph.Entries.Length == 0)
        {
            return;
        }

        // A cache only called look-aside (service → cache) hands its misses back to the caller, which reads the store itself.
        var readsInline = new bool[context.Nodes.Length];
        foreach (var edges in context.Graph.Outgoing)
        {
            foreach (var e in edges)
            {
                readsInline[e.To] |= e.CarriesReads && e.Role != EdgeRole.LookAside;
            }
        }

        CheckEntries(context);
        foreach (var node in context.Nodes)
        {
            if (node.Behaviour is Behaviour.Source or Behaviour.OffPath)
            {
                continue;
            }

            var reads = context.Flow.Reads[node.Index];
            var writes = context.Flow.Writes[node.Index];
            if (reads + writes + context.Flow.Replication[node.Index] <= 0)
            {
                context.Add(Rules.Unreachable, node.Name,
                    $"{node.Name} gets no traffic: nothing connects it to {(context.Graph.EntriesAreClients ? "a client" : "an entry point")}. Connect it from the component that uses it (an edge such as Calls, Reads or Writes to {node.Name}) or remove it.");
                continue;
            }

            if (node.Behaviour is Behaviour.Router or Behaviour.Cache)
            {
                var outgoing = context.Graph.Outgoing[node.Index];
                var missReads = node.Behaviour != Behaviour.Cache ? reads : readsInline[node.Index] ? reads * (1 - (node.HitRate?.Value ?? 0)) : 0;
                if ((missReads > 0 && !outgoing.Any(e => e.CarriesReads)) || (writes > 0 && !outgoing.Any(e => e.CarriesWrites)))
                {
                    context.Add(Rules.TrafficDropped, node.Name,
                        $"{node.Name} receives {(missReads > 0 ? N(missReads) + " reads/s" : string.Empty)}{(missReads > 0 && writes > 0 ? " and " : string.Empty)}{(writes > 0 ? N(writes) + " writes/s" : string.Empty)} it has no edge to pass on. Connect it to what serves them.");
                }
            }
        }
    }

    /// <summary>
    /// Traffic that reaches nothing (SD7003): a client that emits reads or writes (its role's share) with no edge that
    /// carries them on. Those requests are served by nothing, which a latency of 0 ms would otherwise hide.
    /// </summary>
    private static void CheckEntries(EvaluationContext context)
    {
        var emitted = 0.0;
        var carried = false;
        var clients = new List<string>();
        foreach (var entry in context.Graph.Entries.Select(e => context.Nodes[e]))
        {
            if (entry.Behaviour != Behaviour.Source)
            {
                continue;
            }

            var outgoing = context.Graph.Outgoing[entry.Index];
            var reads = context.Flow.Reads[entry.Index];
            var writes = context.Flow.Writes[entry.Index];
            var lostReads = reads > 0 && !outgoing.Any(e => e.Carries(RequestClass.Read));
            var lostWrites = writes > 0 && !outgoing.Any(e => e.Carries(RequestClass.Write));
            emitted += reads + writes;
            carried |= (reads > 0 && !lostReads) || (writes > 0 && !lostWrites);
            clients.Add(entry.Name);
            if (lostReads || lostWrites)
            {
                context.Add(Rules.TrafficDropped, entry.Name,
                    $"{entry.Name} emits {(lostReads ? N(reads) + " reads/s" : string.Empty)}{(lostReads && lostWrites ? " and " : string.Empty)}{(lostWrites ? N(writes) + " writes/s" : string.Empty)} and has no edge that sends them anywhere. Connect it to what serves them, e.g. {entry.Name}.Calls(...).");
            }
        }

        // A design that serves none of the workload cannot pass a capacity gate by having no component at its limit
        // (an empty starter design did): the requests are not carried at all.
        if (context.HasRate && emitted > 0 && !carried)
        {
            context.Add(Rules.NothingServed, null,
                $"No component serves the workload: {N(emitted)} req/s leave {Listed(clients, ", ")} and reach nothing, so the design serves none of them. Connect each client to what serves its requests, e.g. {clients[0]}.Calls(...).");
        }
    }
}
