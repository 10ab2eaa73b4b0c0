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
        double lo = 0, flo = -p, hi = mean;
        var fhi = Cdf(hi) - p;
        for (var i = 0; fhi < 0 && i < 200; i++)
        {
            lo = hi;
            flo = fhi;
            hi *= 2;
            fhi = Cdf(hi) - p;
        }

        var side = 0;
        for (var i = 0; i < 100 && hi - lo > 1e-9 * hi; i++)
        {
            var mid = ((lo * fhi) - (hi * flo)) / (fhi - flo);
            if (!(mid > lo && mid < hi))
            {
                mid = 0.5 * (lo + hi);
            }

            var fmid = Cdf(mid) - p;
            if (fmid == 0)
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

        return 0.5 * (lo + hi);
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
        // The transform at this s of every node the entry reaches, children before parents: with many entries
        // (10,000 clients) a pass over the whole design per entry and per s would be quadratic.
        foreach (var node in Reachable(entry))
        {
            transform[0][node] = Combine(node, 0, floor, s);
            transform[1][node] = Combine(node, 1, floor, s);
        }

        return transform[k][entry];
    }

    private Complex Combine(int node, int k, bool floor, Complex s)
    {
        if (graph.Nodes[node].Behaviour == Behaviour.Messaging)
        {
            // Consumers run after the producer has its acknowledgement: only the enqueue is on the path.
            return hops[node].Transform(s, floor);
        }

        var plan = plans[k][node];
        var before = Complex.One;
        var afterMiss = Complex.One;
        var hasAfterMiss = false;
        foreach (var group in plan.Groups)
        {
            var mix = Complex.Zero;
            foreach (var (edge, fraction) in group.Edges)
            {
                mix += fraction * transform[k][edge.To];
            }

            if (group.AfterMiss || graph.Nodes[node].Behaviour == Behaviour.Cache)
            {
                afterMiss *= mix;
                hasAfterMiss = true;
            }
            else
            {
                before *= mix;
            }
        }

        var next = hasAfterMiss ? before * ((1 - plan.MissRate) + (plan.MissRate * afterMiss)) : before;
        return hops[node].Transform(s, floor) * next;
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
