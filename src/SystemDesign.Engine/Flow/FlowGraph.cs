using System;
using System.Collections.Generic;
using SystemDesign.Engine.Resolution;
using SystemDesign.Model;

namespace SystemDesign.Engine.Flow;

/// <summary>
/// The design as a traffic graph: nodes by index, edges with roles, the entry points, and a topological
/// order with the edges that would close a cycle set aside (reported, never followed). Linear time.
/// </summary>
internal sealed class FlowGraph
{
    private FlowGraph(ResolvedComponent[] nodes, List<FlowEdge>[] outgoing, int[] entries, int[] order, List<FlowEdge> cycleEdges, bool entriesAreClients, int connectionCount)
    {
        ConnectionCount = connectionCount;
        Nodes = nodes;
        Outgoing = outgoing;
        Entries = entries;
        TopologicalOrder = order;
        CycleEdges = cycleEdges;
        EntriesAreClients = entriesAreClients;
    }

    public ResolvedComponent[] Nodes { get; }

    /// <summary>The design's connections, counted: every <see cref="FlowEdge.Id"/> is below it.</summary>
    public int ConnectionCount { get; }

    /// <summary>Outgoing edges per node, cycle-closing edges removed.</summary>
    public List<FlowEdge>[] Outgoing { get; }

    /// <summary>Where the workload enters: the clients, or, in a design without one, the on-path components nothing calls.</summary>
    public int[] Entries { get; }

    public bool EntriesAreClients { get; }

    /// <summary>Every node, each after all of its (kept) predecessors.</summary>
    public int[] TopologicalOrder { get; }

    /// <summary>Edges that closed a cycle and were left out of the flow.</summary>
    public List<FlowEdge> CycleEdges { get; }

    /// <summary>
    /// How <paramref name="node"/> passes on <paramref name="requestClass"/>: built for every node on first use and
    /// kept, so the flow, the checks and the failure scenarios share one set of plans per evaluation.
    /// </summary>
    public RoutingPlan Plan(int node, RequestClass requestClass) => (plans ??= RoutingPlan.ForAll(this))[(int)requestClass][node];

    private RoutingPlan[][]? plans;

    /// <summary>
    /// The workload's reads and writes per second at the target rate, which a client's stated rate is a share of
    /// (<see cref="EntryShares"/>); null when the graph is built without a workload (its clients' rates then count as unstated).
    /// </summary>
    public ClassRates? Targets { get; private init; }

    /// <summary>Which share of the reads and of the writes each entry emits (its role, its stated share); built on first use and kept.</summary>
    public EntryShares Shares => shares ??= EntryShares.Of(this);

    private EntryShares? shares;

    /// <summary>
    /// The same graph over nodes with other figures (a lost cache's hit rate): roles, entries and order depend
    /// on the kinds and edges only. The full recomputation <see cref="CacheLossFlow"/> is tested against.
    /// </summary>
    public FlowGraph WithNodes(ResolvedComponent[] nodes) =>
        new(nodes, Outgoing, Entries, TopologicalOrder, CycleEdges, EntriesAreClients, ConnectionCount) { Targets = Targets };

    public static FlowGraph Build(ResolvedComponent[] nodes, IReadOnlyList<Connection> connections, ClassRates? targets = null)
    {
        var index = new Dictionary<string, int>(nodes.Length, StringComparer.Ordinal);
        foreach (var node in nodes)
        {
            // Duplicate names are an SD0002 error; the first declaration wins for the math.
            if (!index.ContainsKey(node.Name))
            {
                index.Add(node.Name, node.Index);
            }
        }

        var outgoing = new List<FlowEdge>[nodes.Length];
        for (var i = 0; i < nodes.Length; i++)
        {
            outgoing[i] = [];
        }

        // Each connection's ends by index (−1 when it carries nothing), in two int arrays rather than a list of
        // tuples: a large design's list would land on the large-object heap and cost a full collection.
        var fromOf = new int[connections.Count];
        var toOf = new int[connections.Count];
        var forwards = new bool[nodes.Length];
        for (var c = 0; c < connections.Count; c++)
        {
            // Dangling and self edges are SD0004/SD0005 errors; they carry no traffic.
            var connection = connections[c];
            fromOf[c] = -1;
            if (connection.From is null || connection.To is null
                || !index.TryGetValue(connection.From, out var from) || !index.TryGetValue(connection.To, out var to) || from == to)
            {
                continue;
            }

            fromOf[c] = from;
            toOf[c] = to;
            forwards[from] |= nodes[to].Behaviour != Behaviour.OffPath;
        }

        for (var c = 0; c < connections.Count; c++)
        {
            if (fromOf[c] < 0)
            {
                continue;
            }

            var (connection, from, to) = (connections[c], fromOf[c], toOf[c]);
            var weight = connection.Weight is { } w && w > 0 && !double.IsInfinity(w) ? w : 1;
            outgoing[from].Add(new FlowEdge(from, to, RoleOf(connection.Kind, nodes[from], nodes[to], forwards[to]), weight, connection) { Id = c });
        }

        MarkStandbys(outgoing, nodes);
        for (var i = 0; i < nodes.Length; i++)
        {
            MarkReadsToPrimary(outgoing[i], nodes);
        }

        var entriesAreClients = true;
        var entries = FindEntries(nodes, b => b == Behaviour.Source);
        if (entries.Length == 0)
        {
            entriesAreClients = false;
            entries = FindRoots(nodes, outgoing);
        }

        var cycleEdges = RemoveCycleEdges(nodes.Length, outgoing, entries);
        return new FlowGraph(nodes, outgoing, entries, TopologicalSort(nodes.Length, outgoing), cycleEdges, entriesAreClients, connections.Count)
        {
            Targets = targets,
        };
    }

    /// <param name="kind">The connection's declared kind.</param>
    /// <param name="from">The caller.</param>
    /// <param name="to">The callee.</param>
    /// <param name="targetForwards">True when the callee has edges of its own: a cache that does is inline
    /// (read-through and write-through); one that does not is consulted aside, and its caller goes to the stores.</param>
    private static EdgeRole RoleOf(ConnectionKind kind, ResolvedComponent from, ResolvedComponent to, bool targetForwards)
    {
        var lookAside = to.Behaviour == Behaviour.Cache && from.Behaviour == Behaviour.Service && !targetForwards;
        if (to.Behaviour == Behaviour.OffPath || from.Behaviour == Behaviour.OffPath)
        {
            return EdgeRole.Telemetry;
        }

        switch (kind)
        {
            case ConnectionKind.Calls: return EdgeRole.Request;
            case ConnectionKind.Reads: return lookAside ? EdgeRole.LookAside : EdgeRole.Reads;
            case ConnectionKind.Writes: return EdgeRole.Writes;
            case ConnectionKind.Publishes: return EdgeRole.Publish;
            case ConnectionKind.Consumes: return EdgeRole.Consume;
            case ConnectionKind.Replicates: return EdgeRole.Replication;
        }

        // A plain edge: its meaning comes from the kinds at its two ends (docs/engine.md, "Plain edges").
        if (from.Behaviour == Behaviour.Messaging)
        {
            return EdgeRole.Consume;
        }

        if (to.Behaviour == Behaviour.Messaging)
        {
            return EdgeRole.Publish;
        }

        if (from.Behaviour == Behaviour.Store && to.Behaviour == Behaviour.Store && Behaviours.Is(to.Kind, "db_replica"))
        {
            return EdgeRole.Replication;
        }

        if (Behaviours.Is(to.Kind, "db_replica"))
        {
            return EdgeRole.Reads;
        }

        if (Behaviours.Is(to.Kind, "db_primary"))
        {
            return EdgeRole.PrimaryStore;
        }

        return lookAside ? EdgeRole.LookAside : EdgeRole.Request;
    }

    // A primary that another store replicates to is that store's standby (issue 9, "a standby primary serves none"): it
    // applies every replicated write and takes no caller's reads or writes, so a caller's edge to it carries nothing
    // until a failover. Without this it was a second shard of its kind and took half the writes besides applying them.
    private static void MarkStandbys(List<FlowEdge>[] outgoing, ResolvedComponent[] nodes)
    {
        var standby = new bool[nodes.Length];
        foreach (var edges in outgoing)
        {
            foreach (var e in edges)
            {
                standby[e.To] |= e.Role == EdgeRole.Replication && Behaviours.Is(nodes[e.To].Kind, "db_primary");
            }
        }

        foreach (var edges in outgoing)
        {
            for (var i = 0; i < edges.Count; i++)
            {
                if (standby[edges[i].To] && edges[i].Role is not EdgeRole.Replication and not EdgeRole.Telemetry)
                {
                    edges[i] = edges[i] with { Role = EdgeRole.Standby };
                }
            }
        }
    }

    // A plain edge to a primary carries reads only when the caller has nowhere else to read from.
    private static void MarkReadsToPrimary(List<FlowEdge> edges, ResolvedComponent[] nodes)
    {
        var hasOtherStoreReads = false;
        foreach (var e in edges)
        {
            if (e.Role != EdgeRole.PrimaryStore && e.CarriesReads && nodes[e.To].Behaviour == Behaviour.Store)
            {
                hasOtherStoreReads = true;
            }
        }

        for (var i = 0; i < edges.Count; i++)
        {
            if (edges[i].Role == EdgeRole.PrimaryStore)
            {
                edges[i] = edges[i] with { CarriesReadsToPrimary = !hasOtherStoreReads };
            }
        }
    }

    private static int[] FindEntries(ResolvedComponent[] nodes, Func<Behaviour, bool> isEntry)
    {
        var entries = new List<int>();
        foreach (var node in nodes)
        {
            if (isEntry(node.Behaviour))
            {
                entries.Add(node.Index);
            }
        }

        return [.. entries];
    }

    private static int[] FindRoots(ResolvedComponent[] nodes, List<FlowEdge>[] outgoing)
    {
        var hasIncoming = new bool[nodes.Length];
        foreach (var edges in outgoing)
        {
            foreach (var e in edges)
            {
                // A replica fed only by replication is downstream of its primary, not a place where requests enter.
                if (e.Role is not EdgeRole.Telemetry)
                {
                    hasIncoming[e.To] = true;
                }
            }
        }

        return FindEntries(nodes, _ => true).Where(i => !hasIncoming[i] && nodes[i].Behaviour != Behaviour.OffPath);
    }

    // Iterative DFS (no recursion: a 100,000-node chain must not overflow the stack) from the entries, then
    // from every unvisited node; an edge to a node still on the stack closes a cycle and is set aside.
    private static List<FlowEdge> RemoveCycleEdges(int count, List<FlowEdge>[] outgoing, int[] entries)
    {
        var state = new byte[count]; // 0 new, 1 on stack, 2 done
        var removed = new List<FlowEdge>();
        var stack = new Stack<(int Node, int Next)>();

        void Visit(int start)
        {
            if (state[start] != 0)
            {
                return;
            }

            state[start] = 1;
            stack.Push((start, 0));
            while (stack.Count > 0)
            {
                var (node, next) = stack.Pop();
                var edges = outgoing[node];
                if (next < edges.Count)
                {
                    stack.Push((node, next + 1));
                    var edge = edges[next];
                    if (state[edge.To] == 1)
                    {
                        removed.Add(edge);
                    }
                    else if (state[edge.To] == 0)
                    {
                        state[edge.To] = 1;
                        stack.Push((edge.To, 0));
                    }
                }
                else
                {
                    state[node] = 2;
                }
            }
        }

        foreach (var entry in entries)
        {
            Visit(entry);
        }

        for (var i = 0; i < count; i++)
        {
            Visit(i);
        }

        if (removed.Count > 0)
        {
            var set = new HashSet<FlowEdge>(removed);
            for (var i = 0; i < count; i++)
            {
                outgoing[i].RemoveAll(set.Contains);
            }
        }

        return removed;
    }

    private static int[] TopologicalSort(int count, List<FlowEdge>[] outgoing)
    {
        var indegree = new int[count];
        foreach (var edges in outgoing)
        {
            foreach (var e in edges)
            {
                indegree[e.To]++;
            }
        }

        var queue = new Queue<int>();
        for (var i = 0; i < count; i++)
        {
            if (indegree[i] == 0)
            {
                queue.Enqueue(i);
            }
        }

        var order = new List<int>(count);
        while (queue.Count > 0)
        {
            var node = queue.Dequeue();
            order.Add(node);
            foreach (var e in outgoing[node])
            {
                if (--indegree[e.To] == 0)
                {
                    queue.Enqueue(e.To);
                }
            }
        }

        return [.. order];
    }
}

internal static class ArrayFilter
{
    public static int[] Where(this int[] items, Func<int, bool> keep)
    {
        var kept = new List<int>(items.Length);
        foreach (var item in items)
        {
            if (keep(item))
            {
                kept.Add(item);
            }
        }

        return [.. kept];
    }
}
