using System.Collections.Generic;
using SystemDesign.Engine.Resolution;

namespace SystemDesign.Engine.Flow;

/// <summary>
/// The traffic with one cache lost (cold: hit rate 0), derived from the evaluation's flow. Losing a cache changes
/// the miss rate of that cache and of the services that consult it aside, and nothing else's routing; so only
/// the nodes downstream of those — the cone — can see other traffic. The cone is recomputed by replaying, in
/// topological order, every node that sends into it (<see cref="TrafficFlow.Pass"/>, restricted to the cone), so
/// each cone node receives the same additions in the same order as in a full recomputation: the same doubles,
/// bit for bit, for O(cone and its senders' edges) per cache instead of O(design).
/// </summary>
internal sealed class CacheLossFlow
{
    private readonly FlowGraph graph;
    private readonly TrafficFlow before;
    private readonly double[] entryReads;
    private readonly double[] entryWrites;
    private readonly int[] position;

    // Who sends to each node (one entry per edge that can carry traffic), as compressed rows: [start, next start).
    private readonly int[] senderStart;
    private readonly int[] senderOf;

    // Scratch of one scenario: a node is in the current cone (or cold, or a sender) when its stamp is the scenario's.
    private readonly int[] coneStamp;
    private readonly int[] coldStamp;
    private readonly int[] senderStamp;
    private readonly double[] coldMissRate;
    private readonly double[] reads;
    private readonly double[] writes;
    private readonly double[] replication;
    private readonly List<int> cone = [];
    private readonly List<int> senders = [];
    private readonly List<int> frontier = [];
    private int scenario;

    public CacheLossFlow(FlowGraph graph, TrafficFlow before, double requestRate, double readRatio)
    {
        this.graph = graph;
        this.before = before;
        var n = graph.Nodes.Length;
        // The same expressions as TrafficFlow.Compute, so an entry in a cone starts from the same bits.
        entryReads = new double[n];
        entryWrites = new double[n];
        for (var i = 0; i < graph.Entries.Length; i++)
        {
            entryReads[graph.Entries[i]] = TrafficFlow.EntryRate(requestRate * readRatio, graph.Shares.Reads[i]);
            entryWrites[graph.Entries[i]] = TrafficFlow.EntryRate(requestRate * (1 - readRatio), graph.Shares.Writes[i]);
        }
        position = new int[n];
        for (var i = 0; i < n; i++)
        {
            position[graph.TopologicalOrder[i]] = i;
        }

        senderStart = new int[n + 1];
        foreach (var edges in graph.Outgoing)
        {
            foreach (var e in edges)
            {
                senderStart[e.To + 1] += e.Role == EdgeRole.Telemetry ? 0 : 1;
            }
        }

        for (var i = 0; i < n; i++)
        {
            senderStart[i + 1] += senderStart[i];
        }

        senderOf = new int[senderStart[n]];
        var next = (int[])senderStart.Clone();
        foreach (var edges in graph.Outgoing)
        {
            foreach (var e in edges)
            {
                if (e.Role != EdgeRole.Telemetry)
                {
                    senderOf[next[e.To]++] = e.From;
                }
            }
        }

        coneStamp = new int[n];
        coldStamp = new int[n];
        senderStamp = new int[n];
        coldMissRate = new double[n];
        reads = new double[n];
        writes = new double[n];
        replication = new double[n];
    }

    /// <summary>
    /// Loses <paramref name="cache"/> and recomputes its cone; until the next call, <see cref="Load"/> gives every
    /// node's load in that scenario.
    /// </summary>
    /// <returns>The nodes whose traffic was recomputed, in index order; every other node's load is unchanged.</returns>
    public IReadOnlyList<int> Lose(int cache)
    {
        scenario++;
        cone.Clear();
        senders.Clear();
        if (graph.Entries.Length == 0)
        {
            return cone; // no traffic at all (TrafficFlow.Compute returns zeros): nothing to lose
        }

        // The cache passes on every read (1 − 0); a service consulting it aside sends more reads on to its stores.
        MarkCold(cache, 1);
        for (var i = senderStart[cache]; i < senderStart[cache + 1]; i++)
        {
            var caller = senderOf[i];
            if (coldStamp[caller] != scenario && ConsultsAside(caller, cache))
            {
                MarkCold(caller, RoutingPlan.LookAsideMissRate(graph, graph.Plan(caller, RequestClass.Read).Groups[0], cache));
            }
        }

        CollectCone();
        foreach (var node in cone)
        {
            reads[node] = entryReads[node];
            writes[node] = entryWrites[node];
            replication[node] = 0;
            for (var i = senderStart[node]; i < senderStart[node + 1]; i++)
            {
                if (senderStamp[senderOf[i]] != scenario)
                {
                    senderStamp[senderOf[i]] = scenario;
                    senders.Add(senderOf[i]);
                }
            }
        }

        // Senders in topological order: a sender in the cone has received everything before it sends.
        Work += cone.Count;
        foreach (var sender in Sorted(senders, senderStamp, byPosition: true))
        {
            Resend(sender);
            Work += graph.Outgoing[sender].Count;
        }

        return Sorted(cone, coneStamp, byPosition: false);
    }

    /// <summary>
    /// Components and edges recomputed so far, summed over every <see cref="Lose"/>: each scenario's cone and the
    /// edges of the nodes replayed into it, so one scenario is at most the design's components plus edges.
    /// </summary>
    public long Work { get; private set; }

    /// <summary>A node's load in the scenario of the last <see cref="Lose"/>.</summary>
    public double Load(int node) =>
        coneStamp[node] != scenario ? before.Load(graph, node)
        : graph.Nodes[node].Behaviour is Behaviour.Source or Behaviour.OffPath ? 0
        : TrafficFlow.Saturate(reads[node] + writes[node] + (replication[node] * graph.Nodes[node].InstanceCount));

    /// <summary>The part of <see cref="Load"/> the instances share (reads and writes; every instance applies all replication).</summary>
    public double Shared(int node) =>
        coneStamp[node] != scenario ? before.Shared(graph, node)
        : graph.Nodes[node].Behaviour is Behaviour.Source or Behaviour.OffPath ? 0
        : TrafficFlow.Saturate(reads[node] + writes[node]);

    /// <summary>The replication each instance of the node applies in the scenario of the last <see cref="Lose"/>.</summary>
    public double Applied(int node) =>
        coneStamp[node] != scenario ? before.Replication[node]
        : graph.Nodes[node].Behaviour is Behaviour.Source or Behaviour.OffPath ? 0
        : replication[node];

    private bool ConsultsAside(int caller, int cache)
    {
        foreach (var e in graph.Outgoing[caller])
        {
            if (e.To == cache && e.Role == EdgeRole.LookAside)
            {
                return true;
            }
        }

        return false;
    }

    private void MarkCold(int node, double readMissRate)
    {
        coldStamp[node] = scenario;
        coldMissRate[node] = readMissRate;
        frontier.Add(node);
    }

    // Everything downstream of the nodes whose routing changed, over the edges that can carry traffic.
    private void CollectCone()
    {
        while (frontier.Count > 0)
        {
            var node = frontier[frontier.Count - 1];
            frontier.RemoveAt(frontier.Count - 1);
            foreach (var edge in graph.Outgoing[node])
            {
                if (edge.Role != EdgeRole.Telemetry && coneStamp[edge.To] != scenario)
                {
                    coneStamp[edge.To] = scenario;
                    cone.Add(edge.To);
                    frontier.Add(edge.To);
                }
            }
        }
    }

    // What TrafficFlow.Compute does at this node (reads, writes, then replication), sent only into the cone.
    private void Resend(int node)
    {
        TrafficFlow.Pass(graph, node, RequestClass.Read, ReadsOf(node), MissRate(node, RequestClass.Read), reads, writes, coneStamp, scenario, attempts: before.Attempts);
        TrafficFlow.Pass(graph, node, RequestClass.Write, TrafficFlow.Sent(graph, node, ReadsOf(node), WritesOf(node)), MissRate(node, RequestClass.Write), reads, writes, coneStamp, scenario, attempts: before.Attempts);
        foreach (var e in graph.Outgoing[node])
        {
            if (e.Role == EdgeRole.Replication && coneStamp[e.To] == scenario)
            {
                replication[e.To] = TrafficFlow.Saturate(replication[e.To] + TrafficFlow.AppliedPerInstance(graph, node, e.To, WritesOf(node)));
            }
        }
    }

    // A small set is sorted; a large one (a lost CDN in front of everything) is read off the whole order instead.
    private List<int> Sorted(List<int> nodes, int[] stamps, bool byPosition)
    {
        if (nodes.Count * 8 < graph.Nodes.Length)
        {
            if (byPosition)
            {
                nodes.Sort((a, b) => position[a].CompareTo(position[b]));
            }
            else
            {
                nodes.Sort();
            }

            return nodes;
        }

        nodes.Clear();
        for (var i = 0; i < graph.Nodes.Length; i++)
        {
            var node = byPosition ? graph.TopologicalOrder[i] : i;
            if (stamps[node] == scenario)
            {
                nodes.Add(node);
            }
        }

        return nodes;
    }

    private double ReadsOf(int node) => coneStamp[node] == scenario ? reads[node] : before.Reads[node];

    private double WritesOf(int node) => coneStamp[node] == scenario ? writes[node] : before.Writes[node];

    private double MissRate(int node, RequestClass c) =>
        c == RequestClass.Read && coldStamp[node] == scenario ? coldMissRate[node] : graph.Plan(node, c).MissRate;
}
