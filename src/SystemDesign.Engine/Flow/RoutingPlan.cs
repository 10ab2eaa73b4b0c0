using System.Collections.Generic;
using SystemDesign.Engine.Resolution;

namespace SystemDesign.Engine.Flow;

/// <summary>The two classes of traffic the workload is made of.</summary>
internal enum RequestClass
{
    Read,
    Write,
}

/// <summary>A set of edges that share one stream of requests: each request takes exactly one of them.</summary>
/// <param name="Edges">The edges with the fraction of the group's traffic each takes (fractions sum to 1).</param>
/// <param name="AfterMiss">True for store lookups that happen only when a cache in front missed.</param>
internal sealed record RouteGroup(IReadOnlyList<(FlowEdge Edge, double Fraction)> Edges, bool AfterMiss);

/// <summary>
/// How one node passes on one class of traffic. Routers, clients and inline caches have one group (each request
/// goes one way); services call each of their groups in turn: every request calls each service it depends on,
/// and one of each kind of store, cache or queue (shards and replicas of a kind share the traffic, by weight).
/// Store lookups after a look-aside cache only see the misses.
/// </summary>
/// <param name="Groups">The route groups, in edge order.</param>
/// <param name="MissRate">The fraction of this class that passes the node's caches (1 when no cache is involved).</param>
internal sealed record RoutingPlan(IReadOnlyList<RouteGroup> Groups, double MissRate)
{
    private static readonly RoutingPlan Nothing = new([], 1);

    /// <summary>Every node's plan, per class (index 0 reads, 1 writes).</summary>
    public static RoutingPlan[][] ForAll(FlowGraph graph)
    {
        var n = graph.Nodes.Length;
        var all = new[] { new RoutingPlan[n], new RoutingPlan[n] };
        var scratch = new ServiceGroups();
        for (var i = 0; i < n; i++)
        {
            all[0][i] = For(graph, i, RequestClass.Read, scratch);
            all[1][i] = For(graph, i, RequestClass.Write, scratch);
        }

        return all;
    }

    public static RoutingPlan For(FlowGraph graph, int nodeIndex, RequestClass requestClass, ServiceGroups? scratch = null)
    {
        var node = graph.Nodes[nodeIndex];
        var edges = graph.Outgoing[nodeIndex];
        switch (node.Behaviour)
        {
            case Behaviour.OffPath:
                return Nothing;
            case Behaviour.Messaging:
                // Everything that reaches a queue or stream is a message; consumers get messages as writes.
                return requestClass == RequestClass.Write ? Consumers(node, edges) : Nothing;
            case Behaviour.Source:
            case Behaviour.Router:
                return Single(edges, requestClass, 1);
            case Behaviour.Cache:
                var miss = requestClass == RequestClass.Read ? 1 - (node.HitRate?.Value ?? 0) : 1;
                return Single(edges, requestClass, miss);
            default:
                return edges.Count == 0 ? Nothing : Service(graph, edges, requestClass, scratch ?? new ServiceGroups());
        }
    }

    private static bool Carries(FlowEdge e, RequestClass c) => c == RequestClass.Read ? e.CarriesReads : e.CarriesWrites;

    private static RoutingPlan Single(List<FlowEdge> edges, RequestClass c, double missRate)
    {
        var total = 0.0;
        var count = 0;
        foreach (var e in edges)
        {
            if (Carries(e, c))
            {
                total += e.Weight;
                count++;
            }
        }

        if (count == 0)
        {
            return missRate == 1 ? Nothing : new RoutingPlan([], missRate);
        }

        var parts = new (FlowEdge, double)[count];
        count = 0;
        foreach (var e in edges)
        {
            if (Carries(e, c))
            {
                parts[count++] = (e, e.Weight / total);
            }
        }

        return new RoutingPlan([new RouteGroup(parts, missRate < 1)], missRate);
    }

    private static RoutingPlan Consumers(ResolvedComponent node, List<FlowEdge> edges)
    {
        var consumers = edges.FindAll(e => e.Role == EdgeRole.Consume || e.Role == EdgeRole.Request);
        if (consumers.Count == 0)
        {
            return Nothing;
        }

        // A queue's consumers compete for each message; every consumer of a stream is its own group and reads it all.
        if (Behaviours.Is(node.Kind, "stream"))
        {
            var groups = new List<RouteGroup>(consumers.Count);
            foreach (var e in consumers)
            {
                groups.Add(new RouteGroup([(e, 1.0)], false));
            }

            return new RoutingPlan(groups, 1);
        }

        return new RoutingPlan([Split(consumers, false)], 1);
    }

    private static RoutingPlan Service(FlowGraph graph, List<FlowEdge> edges, RequestClass c, ServiceGroups kinds)
    {
        kinds.Clear();
        var lookAside = kinds.LookAside;
        foreach (var e in edges)
        {
            if (!Carries(e, c))
            {
                continue;
            }

            if (e.Role == EdgeRole.LookAside)
            {
                lookAside.Add(e);
                continue;
            }

            // Another service is a dependency the request calls (auth, profile...): a group of its own, full traffic.
            // Stores, caches, queues and routers of one kind are shards or replicas: they share it (by weight).
            // Edges that always fetch form groups of their own (per kind), never after a look-aside miss.
            var target = graph.Nodes[e.To];
            kinds.Add(e.Connection.AlwaysFetches ? AlwaysFetches + target.Kind : target.Kind, target.Behaviour == Behaviour.Service && e.Connection.Weight is null ? e.To : -1, e);
        }

        if (kinds.Count == 0 && lookAside.Count == 0)
        {
            return Nothing;
        }

        var groups = new RouteGroup[kinds.Count + (lookAside.Count > 0 ? 1 : 0)];
        var next = 0;
        var missRate = 1.0;
        if (lookAside.Count > 0)
        {
            var cacheGroup = Split(lookAside, false);
            groups[next++] = cacheGroup;
            missRate = LookAsideMissRate(graph, cacheGroup, -1);
        }

        for (var i = 0; i < kinds.Count; i++)
        {
            var (kind, service, members) = kinds[i];
            groups[next++] = Split(members, lookAside.Count > 0 && service < 0 && IsCachedStore(kind));
        }

        return new RoutingPlan(groups, missRate);
    }

    /// <summary>
    /// The share of a service's reads that miss its look-aside caches, Σ fᵢ(1 − hᵢ); <paramref name="lostCache"/>
    /// (or −1) counts as cold, hit rate 0, as in the cache-loss scenario.
    /// </summary>
    public static double LookAsideMissRate(FlowGraph graph, RouteGroup cacheGroup, int lostCache)
    {
        var missRate = 0.0;
        for (var i = 0; i < cacheGroup.Edges.Count; i++)
        {
            var (edge, fraction) = cacheGroup.Edges[i];
            missRate += fraction * (1 - (edge.To == lostCache ? 0 : graph.Nodes[edge.To].HitRate?.Value ?? 0));
        }

        return missRate;
    }

    /// <summary>
    /// The prefix of the group key of edges a design marked <see cref="SystemDesign.Model.Connection.AlwaysFetches"/>:
    /// no kind starts with it, so <see cref="IsCachedStore"/> is false and the group gets every read that reaches the
    /// service, whatever its look-aside cache hits.
    /// </summary>
    private const string AlwaysFetches = "\0always-fetches ";

    private static bool IsCachedStore(string kind) => kind is "db_primary" or "db_replica" or "database" or "object_store";

    private static RouteGroup Split(List<FlowEdge> edges, bool afterMiss)
    {
        var total = 0.0;
        foreach (var e in edges)
        {
            total += e.Weight;
        }

        var parts = new (FlowEdge, double)[edges.Count];
        for (var i = 0; i < edges.Count; i++)
        {
            parts[i] = (edges[i], edges[i].Weight / total);
        }

        return new RouteGroup(parts, afterMiss);
    }
}
