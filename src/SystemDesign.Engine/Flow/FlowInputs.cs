using System.Collections.Generic;
using SystemDesign.Engine.Resolution;

namespace SystemDesign.Engine.Flow;

/// <summary>One stream of traffic a node receives: a share of one class of another node's traffic.</summary>
/// <param name="From">The sending node.</param>
/// <param name="Class">The class of the sender's traffic this share is taken from.</param>
/// <param name="ScaledByMissRate">Only the sender's misses come this way (a cache, or a store group after a look-aside cache).</param>
/// <param name="IntoWrites">The receiver counts it as writes (every write, and messages a consumer takes from a queue).</param>
/// <param name="Fraction">The edge's share of its route group.</param>
internal readonly record struct FlowInput(int From, RequestClass Class, bool ScaledByMissRate, bool IntoWrites, double Fraction);

/// <summary>
/// The flow read backwards: what each node receives, in exactly the order <see cref="TrafficFlow.Compute"/> adds
/// it (senders in topological order; per sender its reads, then its writes; groups and edges in plan order), so a
/// node's traffic can be recomputed alone with the same rounding. Built once per evaluation from the shared plans.
/// </summary>
internal sealed class FlowInputs
{
    private readonly int[] inputStart;
    private readonly FlowInput[] inputs;
    private readonly int[] replicationStart;
    private readonly int[] replicatedFrom;
    private readonly Dictionary<int, List<int>> lookAsideCallers = [];

    private static readonly RequestClass[] Classes = [RequestClass.Read, RequestClass.Write];

    public FlowInputs(FlowGraph graph)
    {
        var n = graph.Nodes.Length;
        var position = new int[n];
        for (var i = 0; i < n; i++)
        {
            position[graph.TopologicalOrder[i]] = i;
        }

        ByPosition = Comparer<int>.Create((a, b) => position[a].CompareTo(position[b]));

        // Counting pass, then a filling pass in the same order (compressed rows: node → [start, start of next)).
        inputStart = new int[n + 1];
        replicationStart = new int[n + 1];
        Visit(graph, (to, _) => inputStart[to + 1]++, (primary, replica) => replicationStart[replica + 1]++);
        for (var i = 0; i < n; i++)
        {
            inputStart[i + 1] += inputStart[i];
            replicationStart[i + 1] += replicationStart[i];
        }

        inputs = new FlowInput[inputStart[n]];
        replicatedFrom = new int[replicationStart[n]];
        var nextInput = (int[])inputStart.Clone();
        var nextReplication = (int[])replicationStart.Clone();
        Visit(graph, (to, input) => inputs[nextInput[to]++] = input, (primary, replica) => replicatedFrom[nextReplication[replica]++] = primary);

        foreach (var edges in graph.Outgoing)
        {
            foreach (var e in edges)
            {
                if (e.Role == EdgeRole.LookAside)
                {
                    if (!lookAsideCallers.TryGetValue(e.To, out var callers))
                    {
                        lookAsideCallers[e.To] = callers = [];
                    }

                    callers.Add(e.From);
                }
            }
        }
    }

    /// <summary>Orders nodes by their place in the graph's topological order.</summary>
    public IComparer<int> ByPosition { get; }

    public FlowInput[] Inputs => inputs;

    /// <summary>What <paramref name="node"/> receives: <see cref="Inputs"/>[start, end).</summary>
    public (int Start, int End) Into(int node) => (inputStart[node], inputStart[node + 1]);

    public int[] ReplicatedFrom => replicatedFrom;

    /// <summary>The primaries whose writes <paramref name="replica"/> applies: <see cref="ReplicatedFrom"/>[start, end).</summary>
    public (int Start, int End) ReplicationInto(int replica) => (replicationStart[replica], replicationStart[replica + 1]);

    /// <summary>The services that consult <paramref name="cache"/> aside (one entry per edge).</summary>
    public IReadOnlyList<int> LookAsideCallers(int cache) => lookAsideCallers.TryGetValue(cache, out var callers) ? callers : [];

    // Walks the flow as TrafficFlow.Compute does and reports every stream of traffic and every replication.
    private static void Visit(FlowGraph graph, System.Action<int, FlowInput> input, System.Action<int, int> replicates)
    {
        foreach (var node in graph.TopologicalOrder)
        {
            var isCache = graph.Nodes[node].Behaviour == Behaviour.Cache;
            foreach (var c in Classes)
            {
                foreach (var group in graph.Plan(node, c).Groups)
                {
                    foreach (var (edge, fraction) in group.Edges)
                    {
                        // Messages leave queues and streams as writes: consumers process them and write on.
                        var intoWrites = c == RequestClass.Write || edge.Role == EdgeRole.Consume;
                        input(edge.To, new FlowInput(node, c, group.AfterMiss || isCache, intoWrites, fraction));
                    }
                }
            }

            foreach (var e in graph.Outgoing[node])
            {
                if (e.Role == EdgeRole.Replication)
                {
                    replicates(node, e.To);
                }
            }
        }
    }
}
