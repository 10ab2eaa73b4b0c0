using System;
using System.Collections.Generic;
using System.Numerics;
using SystemDesign.Engine.Flow;
using SystemDesign.Engine.Resolution;

namespace SystemDesign.Engine.Latency;

/// <summary>
/// End-to-end response time of a request class entering at a node: each hop's response time (independent
/// M/M/c queues, Jackson's theorem) added along the path, services calling their dependencies one after the
/// other, routers and caches mixing their alternatives by the fraction of traffic each takes. Percentiles come
/// from the exact transform of that sum, inverted numerically (<see cref="TalbotInversion"/>).
/// </summary>
internal sealed class PathLatency
{
    private readonly FlowGraph graph;
    private readonly HopModel[] hops;
    private readonly RoutingPlan[][] plans;
    private readonly int[] reverseOrder;
    private readonly int[] position;
    private readonly Dictionary<int, int[]> reachable = [];
    private readonly Complex[][] transform;

    // The routing plans flattened per class into arrays, so the inner loop (run for every Talbot node of every
    // inversion) touches no interfaces and allocates nothing: node → groups [groupStart, groupStart+1),
    // group → edges [edgeStart, edgeStart+1), edge → child and fraction.
    private readonly int[][] groupStart;
    private readonly int[][] edgeStart;
    private readonly bool[][] groupAfterMiss;
    private readonly int[][] edgeChild;
    private readonly double[][] edgeFraction;
    private readonly double[][] missRate;
    private readonly bool[] isMessaging;
    private readonly bool[] isCache;

    public PathLatency(FlowGraph graph, HopModel[] hops)
    {
        this.graph = graph;
        this.hops = hops;
        var n = graph.Nodes.Length;
        plans = new RoutingPlan[2][];
        plans[0] = new RoutingPlan[n];
        plans[1] = new RoutingPlan[n];
        for (var i = 0; i < n; i++)
        {
            plans[0][i] = RoutingPlan.For(graph, i, RequestClass.Read);
            plans[1][i] = RoutingPlan.For(graph, i, RequestClass.Write);
        }

        reverseOrder = (int[])graph.TopologicalOrder.Clone();
        Array.Reverse(reverseOrder);
        position = new int[n];
        for (var i = 0; i < n; i++)
        {
            position[reverseOrder[i]] = i;
        }

        transform = [new Complex[n], new Complex[n]];
        groupStart = new int[2][];
        edgeStart = new int[2][];
        groupAfterMiss = new bool[2][];
        edgeChild = new int[2][];
        edgeFraction = new double[2][];
        missRate = new double[2][];
        isMessaging = new bool[n];
        isCache = new bool[n];
        for (var i = 0; i < n; i++)
        {
            isMessaging[i] = graph.Nodes[i].Behaviour == Behaviour.Messaging;
            isCache[i] = graph.Nodes[i].Behaviour == Behaviour.Cache;
        }

        for (var k = 0; k < 2; k++)
        {
            Flatten(k);
        }

        Saturated = [SaturationOf(0), SaturationOf(1)];
        Means = [MeansOf(0, false), MeansOf(1, false)];
        FloorMeans = [MeansOf(0, true), MeansOf(1, true)];
    }

    /// <summary>Per class (0 read, 1 write) and node: true when a saturated component lies on the way.</summary>
    public bool[][] Saturated { get; }

    private double[][] Means { get; }

    private double[][] FloorMeans { get; }

    /// <summary>The p-quantile (0 &lt; p &lt; 1) of the end-to-end response time in seconds; +∞ through a saturated hop.</summary>
    public double Percentile(int entry, RequestClass c, double p, bool floor)
    {
        var k = (int)c;
        if (!floor && Saturated[k][entry])
        {
            return double.PositiveInfinity;
        }

        var mean = (floor ? FloorMeans : Means)[k][entry];
        if (mean <= 0)
        {
            return 0;
        }

        double Cdf(double t) => TalbotInversion.Invert(s => Evaluate(entry, k, s, floor) / s, t);

        // Bracket, then the Illinois variant of regula falsi: a handful of inversions instead of ~50 bisections.
        // Start near where an exponential with this mean has its p-quantile: most paths are exponential-like.
        double lo = 0, flo = -p, hi = mean * System.Math.Max(1, -System.Math.Log(1 - p));
        var fhi = Cdf(hi) - p;
        for (var i = 0; fhi < 0 && i < 200; i++)
        {
            lo = hi;
            flo = fhi;
            hi *= 2;
            fhi = Cdf(hi) - p;
        }

        // Regula falsi closes in from one side, so the bracket need not shrink: stop when the estimate settles
        // (1e-7 relative: far below a microsecond on any latency worth reporting) or the CDF matches p.
        var side = 0;
        var estimate = 0.5 * (lo + hi);
        for (var i = 0; i < 60; i++)
        {
            var mid = ((lo * fhi) - (hi * flo)) / (fhi - flo);
            if (!(mid > lo && mid < hi))
            {
                mid = 0.5 * (lo + hi);
            }

            var settled = System.Math.Abs(mid - estimate) <= 1e-7 * mid;
            estimate = mid;
            var fmid = Cdf(mid) - p;
            if (settled || System.Math.Abs(fmid) <= 1e-10)
            {
                return mid;
            }

            if (fmid < 0)
            {
                lo = mid;
                flo = fmid;
                if (side == -1)
                {
                    fhi /= 2;
                }

                side = -1;
            }
            else
            {
                hi = mid;
                fhi = fmid;
                if (side == 1)
                {
                    flo /= 2;
                }

                side = 1;
            }
        }

        return estimate;
    }

    /// <summary>The nodes an entry's requests can reach, children before parents (cached per entry).</summary>
    public int[] Reachable(int entry)
    {
        if (reachable.TryGetValue(entry, out var nodes))
        {
            return nodes;
        }

        var seen = new HashSet<int> { entry };
        var stack = new Stack<int>();
        stack.Push(entry);
        while (stack.Count > 0)
        {
            foreach (var e in graph.Outgoing[stack.Pop()])
            {
                if (seen.Add(e.To))
                {
                    stack.Push(e.To);
                }
            }
        }

        nodes = [.. seen];
        Array.Sort(nodes, (a, b) => position[a].CompareTo(position[b]));
        reachable[entry] = nodes;
        return nodes;
    }

    private Complex Evaluate(int entry, int k, Complex s, bool floor)
    {
        // The transform at this s of every node the entry reaches, children before parents, for the one class
        // being searched (a request keeps its class along the path): with many entries (10,000 clients) a pass
        // over the whole design per entry and per s would be quadratic.
        var values = transform[k];
        foreach (var node in Reachable(entry))
        {
            values[node] = Combine(node, k, floor, s, values);
        }

        return values[entry];
    }

    private Complex Combine(int node, int k, bool floor, Complex s, Complex[] values)
    {
        var hop = hops[node].Transform(s, floor);
        if (isMessaging[node])
        {
            // Consumers run after the producer has its acknowledgement: only the enqueue is on the path.
            return hop;
        }

        var before = Complex.One;
        var afterMiss = Complex.One;
        var hasAfterMiss = false;
        var groups = groupStart[k];
        var edges = edgeStart[k];
        var children = edgeChild[k];
        var fractions = edgeFraction[k];
        for (var g = groups[node]; g < groups[node + 1]; g++)
        {
            var mix = Complex.Zero;
            for (var e = edges[g]; e < edges[g + 1]; e++)
            {
                mix += fractions[e] * values[children[e]];
            }

            if (groupAfterMiss[k][g] || isCache[node])
            {
                afterMiss *= mix;
                hasAfterMiss = true;
            }
            else
            {
                before *= mix;
            }
        }

        var miss = missRate[k][node];
        return hop * (hasAfterMiss ? before * ((1 - miss) + (miss * afterMiss)) : before);
    }

    private void Flatten(int k)
    {
        var n = graph.Nodes.Length;
        var groupsPerNode = new int[n + 1];
        var groupEdges = new List<int>();
        var afterMiss = new List<bool>();
        var children = new List<int>();
        var fractions = new List<double>();
        var misses = new double[n];
        for (var node = 0; node < n; node++)
        {
            groupsPerNode[node] = afterMiss.Count;
            var plan = plans[k][node];
            misses[node] = plan.MissRate;
            foreach (var group in plan.Groups)
            {
                afterMiss.Add(group.AfterMiss);
                groupEdges.Add(children.Count);
                foreach (var (edge, fraction) in group.Edges)
                {
                    children.Add(edge.To);
                    fractions.Add(fraction);
                }
            }
        }

        groupsPerNode[n] = afterMiss.Count;
        groupEdges.Add(children.Count);
        groupStart[k] = groupsPerNode;
        edgeStart[k] = [.. groupEdges];
        groupAfterMiss[k] = [.. afterMiss];
        edgeChild[k] = [.. children];
        edgeFraction[k] = [.. fractions];
        missRate[k] = misses;
    }

    private double[] MeansOf(int k, bool floor)
    {
        var means = new double[graph.Nodes.Length];
        foreach (var node in reverseOrder)
        {
            means[node] = MeanAt(node, k, floor, means);
        }

        return means;
    }

    private bool[] SaturationOf(int k)
    {
        var saturated = new bool[graph.Nodes.Length];
        foreach (var node in reverseOrder)
        {
            saturated[node] = SaturatedAt(node, k, saturated);
        }

        return saturated;
    }

    private double MeanAt(int node, int k, bool floor, double[] means)
    {
        var plan = plans[k][node];
        double before = 0, afterMiss = 0;
        var hasAfterMiss = false;
        if (graph.Nodes[node].Behaviour != Behaviour.Messaging)
        {
            foreach (var group in plan.Groups)
            {
                var mix = 0.0;
                foreach (var (edge, fraction) in group.Edges)
                {
                    mix += fraction * means[edge.To];
                }

                if (group.AfterMiss || graph.Nodes[node].Behaviour == Behaviour.Cache)
                {
                    afterMiss += mix;
                    hasAfterMiss = true;
                }
                else
                {
                    before += mix;
                }
            }
        }

        return hops[node].Mean(floor) + before + (hasAfterMiss ? plan.MissRate * afterMiss : 0);
    }

    private bool SaturatedAt(int node, int k, bool[] saturated)
    {
        if (hops[node].Saturated)
        {
            return true;
        }

        if (graph.Nodes[node].Behaviour == Behaviour.Messaging)
        {
            return false;
        }

        var plan = plans[k][node];
        foreach (var group in plan.Groups)
        {
            var reached = !(group.AfterMiss || graph.Nodes[node].Behaviour == Behaviour.Cache) || plan.MissRate > 0;
            foreach (var (edge, fraction) in group.Edges)
            {
                if (reached && fraction > 0 && saturated[edge.To])
                {
                    return true;
                }
            }
        }

        return false;
    }
}
