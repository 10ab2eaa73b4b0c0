using System.Collections.Generic;
using SystemDesign.Engine.Resolution;

namespace SystemDesign.Engine.Flow;

/// <summary>
/// The traffic with one cache lost (cold: hit rate 0), derived from the evaluation's flow. Losing a cache changes
/// the miss rate of that cache and of the services that consult it aside, and nothing else's routing; so only
/// the nodes downstream of those — the cone — can see other traffic. Each node of the cone is recomputed from
/// all of its inputs, added in exactly the order <see cref="TrafficFlow.Compute"/> adds them, so its figures are
/// bit for bit those of a full recomputation, for O(cone and the edges into it) per cache instead of O(design).
/// </summary>
internal sealed class CacheLossFlow
{
    private readonly FlowGraph graph;
    private readonly TrafficFlow before;
    private readonly FlowInputs inputs;
    private readonly double entryReads;
    private readonly double entryWrites;
    private readonly bool[] isEntry;

    // Scratch for one scenario: a node belongs to the current scenario's cone when its stamp is the scenario's.
    private readonly int[] coneStamp;
    private readonly int[] coldStamp;
    private readonly double[] coldMissRate;
    private readonly double[] reads;
    private readonly double[] writes;
    private readonly double[] replication;
    private readonly List<int> cone = [];
    private readonly List<int> frontier = [];
    private int scenario;

    public CacheLossFlow(FlowGraph graph, TrafficFlow before, double requestRate, double readRatio)
    {
        this.graph = graph;
        this.before = before;
        inputs = new FlowInputs(graph);
        var n = graph.Nodes.Length;
        isEntry = new bool[n];
        foreach (var entry in graph.Entries)
        {
            isEntry[entry] = true;
        }

        // The same expressions as TrafficFlow.Compute, so an entry in a cone starts from the same bits.
        var perEntry = graph.Entries.Length == 0 ? 0 : requestRate / graph.Entries.Length;
        entryReads = perEntry * readRatio;
        entryWrites = perEntry * (1 - readRatio);
        coneStamp = new int[n];
        coldStamp = new int[n];
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
        if (graph.Entries.Length == 0)
        {
            return cone; // no traffic at all (TrafficFlow.Compute returns zeros): nothing to lose
        }

        // The cache itself passes on every read; a service consulting it aside sends more of its reads on to its stores.
        MarkCold(cache, 1);
        foreach (var caller in inputs.LookAsideCallers(cache))
        {
            if (coldStamp[caller] != scenario)
            {
                MarkCold(caller, RoutingPlan.LookAsideMissRate(graph, graph.Plan(caller, RequestClass.Read).Groups[0], cache));
            }
        }

        CollectCone();
        foreach (var node in Sorted(byPosition: true))
        {
            Recompute(node);
        }

        return Sorted(byPosition: false);
    }

    /// <summary>A node's load in the scenario of the last <see cref="Lose"/>.</summary>
    public double Load(int node) =>
        coneStamp[node] != scenario ? before.Load(graph, node)
        : graph.Nodes[node].Behaviour is Behaviour.Source or Behaviour.OffPath ? 0
        : TrafficFlow.Saturate(reads[node] + writes[node] + replication[node]);

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

    // The cone in topological order (by position) or in index order: a sort for a small cone, a scan of the
    // whole design for a large one (a lost CDN in front of everything).
    private List<int> Sorted(bool byPosition)
    {
        if (cone.Count * 8 < graph.Nodes.Length)
        {
            cone.Sort(byPosition ? inputs.ByPosition : Comparer<int>.Default);
            return cone;
        }

        cone.Clear();
        for (var i = 0; i < graph.Nodes.Length; i++)
        {
            var node = byPosition ? graph.TopologicalOrder[i] : i;
            if (coneStamp[node] == scenario)
            {
                cone.Add(node);
            }
        }

        return cone;
    }

    private void Recompute(int node)
    {
        var r = isEntry[node] ? entryReads : 0;
        var w = isEntry[node] ? entryWrites : 0;
        var (start, end) = inputs.Into(node);
        for (var i = start; i < end; i++)
        {
            var input = inputs.Inputs[i];
            var rate = input.Class == RequestClass.Read ? ReadsOf(input.From) : WritesOf(input.From);
            if (rate <= 0)
            {
                continue; // TrafficFlow.Pass sends nothing from a node without traffic of this class
            }

            var groupRate = input.ScaledByMissRate ? rate * MissRate(input.From, input.Class) : rate;
            if (input.IntoWrites)
            {
                w = TrafficFlow.Saturate(w + (groupRate * input.Fraction));
            }
            else
            {
                r = TrafficFlow.Saturate(r + (groupRate * input.Fraction));
            }
        }

        var applied = 0.0;
        var (first, last) = inputs.ReplicationInto(node);
        for (var i = first; i < last; i++)
        {
            applied = TrafficFlow.Saturate(applied + WritesOf(inputs.ReplicatedFrom[i]));
        }

        reads[node] = r;
        writes[node] = w;
        replication[node] = applied;
    }

    private double ReadsOf(int node) => coneStamp[node] == scenario ? reads[node] : before.Reads[node];

    private double WritesOf(int node) => coneStamp[node] == scenario ? writes[node] : before.Writes[node];

    private double MissRate(int node, RequestClass c) =>
        c == RequestClass.Read && coldStamp[node] == scenario ? coldMissRate[node] : graph.Plan(node, c).MissRate;
}
