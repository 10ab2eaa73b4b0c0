using SystemDesign.Engine.Resolution;

namespace SystemDesign.Engine.Flow;

/// <summary>
/// Reads, writes and replication applied per node at a given client request rate. Everything is linear in
/// the rate, so the peak is the same flow scaled by the peak multiplier.
/// </summary>
internal sealed class TrafficFlow
{
    private TrafficFlow(double[] reads, double[] writes, double[] replication, EdgeLoads edges, double[]? attempts)
    {
        Edges = edges;
        Attempts = attempts;
        Reads = reads;
        Writes = writes;
        Replication = replication;
    }

    public double[] Reads { get; }

    public double[] Writes { get; }

    /// <summary>What each connection carries, filled by the same pass as the nodes' loads.</summary>
    public EdgeLoads Edges { get; }

    /// <summary>
    /// Writes each instance of a replica applies from its primary: replication is not shared, every replica instance
    /// applies every write of the shards it holds (five replicas of an unsharded primary taking 1,000 writes/s apply
    /// 5,000 in all; see <see cref="AppliedPerInstance(FlowGraph, int, int, double)"/> for a sharded one).
    /// </summary>
    public double[] Replication { get; }

    /// <summary>
    /// Per edge, the attempts each call makes (1: no retries, or retries spread by backoff or stopped by a breaker),
    /// from <see cref="Checks.RetriedLoad"/>; null when no edge amplifies. Every attempt is a request the callee serves
    /// and passes on, so the multiplier applies to what the edge carries and so to everything below it.
    /// </summary>
    public double[]? Attempts { get; }

    /// <summary>The attempts per call on the edge (<see cref="Attempts"/>), 1 when none amplifies.</summary>
    public double AttemptsOn(int edge) => Attempts?[edge] ?? 1;

    /// <summary>
    /// What the node serves per second: its reads and writes (shared by its instances) and the replication every
    /// instance applies. Clients and off-path nodes serve nothing.
    /// </summary>
    public double Load(FlowGraph graph, int node) =>
        graph.Nodes[node].Behaviour is Behaviour.Source or Behaviour.OffPath ? 0
        : Saturate(Reads[node] + Writes[node] + (Replication[node] * graph.Nodes[node].InstanceCount));

    /// <summary>The part of <see cref="Load"/> the instances share (reads and writes), without replication.</summary>
    public double Shared(FlowGraph graph, int node) =>
        graph.Nodes[node].Behaviour is Behaviour.Source or Behaviour.OffPath ? 0 : Saturate(Reads[node] + Writes[node]);

    /// <summary>The flow at <paramref name="requestRate"/>, each edge's calls multiplied by <paramref name="attempts"/> (null: 1 everywhere).</summary>
    public static TrafficFlow Compute(FlowGraph graph, double requestRate, double readRatio, double[]? attempts = null)
    {
        var n = graph.Nodes.Length;
        var reads = new double[n];
        var writes = new double[n];
        var replication = new double[n];
        var edges = new EdgeLoads(graph.ConnectionCount);
        if (graph.Entries.Length == 0)
        {
            return new TrafficFlow(reads, writes, replication, edges, attempts);
        }

        var shares = graph.Shares;
        for (var i = 0; i < graph.Entries.Length; i++)
        {
            reads[graph.Entries[i]] += EntryRate(requestRate * readRatio, shares.Reads[i]);
            writes[graph.Entries[i]] += EntryRate(requestRate * (1 - readRatio), shares.Writes[i]);
        }

        foreach (var node in graph.TopologicalOrder)
        {
            Pass(graph, node, RequestClass.Read, reads[node], graph.Plan(node, RequestClass.Read).MissRate, reads, writes, edges: edges, attempts: attempts);
            Pass(graph, node, RequestClass.Write, Sent(graph, node, reads[node], writes[node]), graph.Plan(node, RequestClass.Write).MissRate, reads, writes, edges: edges, attempts: attempts);
            foreach (var e in graph.Outgoing[node])
            {
                if (e.Role == EdgeRole.Replication)
                {
                    var applied = AppliedPerInstance(graph, node, e.To, writes[node]);
                    replication[e.To] = Saturate(replication[e.To] + applied);
                    edges.Replication[e.Id] = Saturate(edges.Replication[e.Id] + (applied * graph.Nodes[e.To].InstanceCount));
                }
            }
        }

        return new TrafficFlow(reads, writes, replication, edges, attempts);
    }

    /// <summary>
    /// Writes one instance of <paramref name="replica"/> applies of the <paramref name="writes"/> its primary
    /// <paramref name="primary"/> takes (docs/engine.md, "Sharding"): the primary's S shards each take 1/S of the writes
    /// (keys hashed evenly, as Vitess and MongoDB hashed sharding do), and the replica's R instances hold the shards'
    /// copies evenly, ⌈S ÷ R⌉ on each. Unsharded (S = 1), every instance applies every write.
    /// </summary>
    public static double AppliedPerInstance(FlowGraph graph, int primary, int replica, double writes) =>
        AppliedPerInstance(graph, primary, writes, graph.Nodes[replica].InstanceCount);

    /// <summary><see cref="AppliedPerInstance(FlowGraph, int, int, double)"/> at <paramref name="replicaInstances"/> instances of the replica.</summary>
    public static double AppliedPerInstance(FlowGraph graph, int primary, double writes, long replicaInstances)
    {
        var shards = graph.Nodes[primary].ShardCount;
        if (shards <= 1)
        {
            return writes;
        }

        var instances = System.Math.Max(1, replicaInstances);
        var held = (shards + instances - 1) / instances;
        return writes * held / shards;
    }

    /// <summary>
    /// The writes a node sends on: at a queue or stream everything that arrived is a message its consumers receive
    /// (reads included: a background problem's queue entry receives the workload's reads too, and SD2005 counts them as
    /// arriving), elsewhere its writes.
    /// </summary>
    public static double Sent(FlowGraph graph, int node, double reads, double writes) =>
        graph.Nodes[node].Behaviour == Behaviour.Messaging ? Saturate(reads + writes) : writes;

    /// <summary>
    /// What one entry emits of a class: its share of the class's rate. One expression, so
    /// <see cref="CacheLossFlow"/> starts an entry in a cone from the same bits.
    /// </summary>
    public static double EntryRate(double classRate, double share) => classRate * share;

    // A design whose services each call several kinds of dependency doubles its load per layer: past ~1,000 layers
    // the sum overflows to ∞, and ∞ × a 0 miss rate is NaN. Loads stop at the largest double instead, which every
    // check reads as overloaded, and no figure downstream becomes NaN or makes the capacity arithmetic throw.
    public static double Saturate(double rate) => rate < double.MaxValue ? rate : double.MaxValue;

    /// <summary>
    /// Sends <paramref name="rate"/> of one class from <paramref name="node"/> along its plan, adding to what each
    /// target has received so far. With <paramref name="only"/>, just to the targets stamped <paramref name="stamp"/>:
    /// a cache-loss scenario redoing its cone adds exactly what, and in the order, this flow did. With
    /// <paramref name="edges"/>, what each edge carries is recorded too. With <paramref name="attempts"/>, each edge
    /// carries its calls times the attempts each makes (<see cref="Attempts"/>).
    /// </summary>
    public static void Pass(FlowGraph graph, int node, RequestClass c, double rate, double missRate, double[] reads, double[] writes, int[]? only = null, int stamp = 0, EdgeLoads? edges = null, double[]? attempts = null)
    {
        if (rate <= 0)
        {
            return;
        }

        var groups = graph.Plan(node, c).Groups;
        var isCache = graph.Nodes[node].Behaviour == Behaviour.Cache;
        for (var g = 0; g < groups.Count; g++)
        {
            var group = groups[g];
            var afterMiss = group.AfterMiss || isCache;
            var groupRate = afterMiss ? rate * missRate : rate;
            for (var i = 0; i < group.Edges.Count; i++)
            {
                var (edge, fraction) = group.Edges[i];
                if (only is not null && only[edge.To] != stamp)
                {
                    continue;
                }

                // Messages leave queues and streams as writes: consumers process them and write on.
                var isRead = c == RequestClass.Read && edge.Role != EdgeRole.Consume;
                var target = isRead ? reads : writes;
                var sent = attempts is null ? groupRate * fraction : groupRate * fraction * attempts[edge.Id];
                target[edge.To] = Saturate(target[edge.To] + sent);
                edges?.Add(edge, isRead, afterMiss, sent);
            }
        }
    }
}
