using System;
using System.Collections.Generic;
using SystemDesign.Engine.Flow;
using SystemDesign.Engine.Resolution;

namespace SystemDesign.Engine.Latency;

/// <summary>
/// End-to-end response time of a request class entering at a node: each hop's response time (independent
/// M/M/c queues, Jackson's theorem) added along the path, services calling their dependencies one after the
/// other, routers and caches mixing their alternatives by the fraction of traffic each takes. Percentiles come
/// from the exact transform of that sum, inverted numerically (<see cref="TalbotInversion"/>).
/// </summary>
internal sealed partial class PathLatency
{
    private readonly FlowGraph graph;
    private readonly HopModel[] hops;
    private readonly RoutingPlan[][] plans;
    private readonly int[] reverseOrder;
    private readonly int[] position;
    private readonly Dictionary<int, int[]> reachable = [];
    // One inversion's workspace: the Talbot nodes s, and per node × Talbot node the transforms (allocated on first
    // use), the group mixture and the products of the groups before and after a cache miss.
    private readonly double[] sRe = new double[TalbotInversion.Nodes];
    private readonly double[] sIm = new double[TalbotInversion.Nodes];
    private readonly double[] mixRe = new double[TalbotInversion.Nodes];
    private readonly double[] mixIm = new double[TalbotInversion.Nodes];
    private readonly double[] beforeRe = new double[TalbotInversion.Nodes];
    private readonly double[] beforeIm = new double[TalbotInversion.Nodes];
    private readonly double[] afterRe = new double[TalbotInversion.Nodes];
    private readonly double[] afterIm = new double[TalbotInversion.Nodes];
    private double[]? valueRe;
    private double[]? valueIm;

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

    // Per class and flattened edge: the round trip between regions a call over it waits, in whole microseconds (exact
    // sums, so equal totals merge); all zero in a design placed in one region or none (PathLatency.Regions.cs).
    private readonly long[][] edgeDelay;
    private readonly bool hasDelays;

    public PathLatency(FlowGraph graph, HopModel[] hops)
        : this(graph, hops, RegionDelays.None)
    {
    }

    /// <summary>The paths of a design with the network time between its regions (<paramref name="regions"/>).</summary>
    public PathLatency(FlowGraph graph, HopModel[] hops, RegionDelays regions)
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

        groupStart = new int[2][];
        edgeStart = new int[2][];
        groupAfterMiss = new bool[2][];
        edgeChild = new int[2][];
        edgeFraction = new double[2][];
        missRate = new double[2][];
        edgeDelay = new long[2][];
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
            edgeDelay[k] = RoundTrips(k, regions);
            hasDelays |= System.Array.Exists(edgeDelay[k], d => d > 0);
        }

        (Saturated, Means, FloorMeans) = FromHops();
    }

    // The same graph with other hops: the routing (plans, their flat arrays, the reachable sets) depends on the graph
    // only, so a failure scenario that changes loads or instances re-uses it and recomputes what the hops decide.
    private PathLatency(PathLatency shape, HopModel[] hops, double[][] missRate, CacheOutcome outcome)
    {
        graph = shape.graph;
        this.hops = hops;
        plans = shape.plans;
        reverseOrder = shape.reverseOrder;
        position = shape.position;
        reachable = shape.reachable;
        groupStart = shape.groupStart;
        edgeStart = shape.edgeStart;
        groupAfterMiss = shape.groupAfterMiss;
        edgeChild = shape.edgeChild;
        edgeFraction = shape.edgeFraction;
        this.missRate = missRate;
        Outcome = outcome;
        isMessaging = shape.isMessaging;
        isCache = shape.isCache;
        edgeDelay = shape.edgeDelay;
        hasDelays = shape.hasDelays;
        (Saturated, Means, FloorMeans) = FromHops();
    }

    // What the hops decide, per class (0 read, 1 write) and node: saturation on the way, mean response, its no-queueing floor.
    private (bool[][] Saturated, double[][] Means, double[][] FloorMeans) FromHops() =>
        ([SaturationOf(0), SaturationOf(1)], [MeansOf(0, false), MeansOf(1, false)], [MeansOf(0, true), MeansOf(1, true)]);

    /// <summary>This design's paths with other hops (one per node, as the constructor's): for failure scenarios.</summary>
    public PathLatency WithHops(HopModel[] hops) => new(this, hops, missRate, Outcome);

    /// <summary>What the caches on a read's path do in these paths: <see cref="CacheOutcome.Mixed"/> unless made by <see cref="ForCacheOutcome"/>.</summary>
    public CacheOutcome Outcome { get; }

    /// <summary>
    /// These paths with the reads conditioned on what every cache on their way does: <see cref="CacheOutcome.Hit"/>
    /// (each cache answers: no read goes past a cache or a look-aside lookup) or <see cref="CacheOutcome.Miss"/> (each
    /// cache misses: every read goes on to what is behind it). The hops keep their loads, which the mixed traffic sets;
    /// writes are unchanged. For the bounds of cache hits and cache misses (docs/engine.md, "Latency").
    /// </summary>
    public PathLatency ForCacheOutcome(CacheOutcome outcome)
    {
        if (outcome == Outcome)
        {
            return this;
        }

        if (outcome == CacheOutcome.Mixed)
        {
            return new PathLatency(this, hops, [.. MixedMissRates()], CacheOutcome.Mixed);
        }

        var reads = new double[graph.Nodes.Length];
        Fill(reads, reads.Length, outcome == CacheOutcome.Hit ? 0 : 1);
        return new PathLatency(this, hops, [reads, missRate[1]], outcome);
    }

    private IEnumerable<double[]> MixedMissRates()
    {
        for (var k = 0; k < 2; k++)
        {
            var rates = new double[graph.Nodes.Length];
            for (var i = 0; i < rates.Length; i++)
            {
                rates[i] = plans[k][i].MissRate;
            }

            yield return rates;
        }
    }

    /// <summary>Per class (0 read, 1 write) and node: true when a saturated component lies on the way.</summary>
    public bool[][] Saturated { get; }

    private double[][] Means { get; }

    private double[][] FloorMeans { get; }

    /// <summary>Transform evaluations made so far, one per CDF inversion (all Talbot nodes at once); for the benchmarks.</summary>
    public long Inversions { get; private set; }

    /// <summary>The p-quantile (0 &lt; p &lt; 1) of the end-to-end response time in seconds; +∞ through a saturated hop.</summary>
    public double Percentile(int entry, RequestClass c, double p, bool floor)
    {
        var result = new double[1];
        Percentiles(entry, c, [p], floor, result);
        return result[0];
    }

    /// <summary>
    /// <see cref="Percentile"/> for several p's at once, into <paramref name="results"/> (same order): the searches
    /// share their evaluations (<see cref="PercentileSearch"/>).
    /// </summary>
    public void Percentiles(int entry, RequestClass c, double[] ps, bool floor, double[] results)
    {
        var k = (int)c;
        if (!floor && Saturated[k][entry])
        {
            Fill(results, ps.Length, double.PositiveInfinity);
            return;
        }

        var mean = (floor ? FloorMeans : Means)[k][entry];
        if (mean <= 0)
        {
            Fill(results, ps.Length, 0);
            return;
        }

        var distribution = new Distribution(this, entry, k, floor);
        PercentileSearch.Quantiles(ref distribution, mean, ps, results);
    }

    /// <summary>The mean end-to-end response time in seconds (+∞ through a saturated hop unless <paramref name="floor"/>).</summary>
    public double Mean(int entry, RequestClass c, bool floor) => (floor ? FloorMeans : Means)[(int)c][entry];

    /// <summary>The CDF and density of the end-to-end response time at t &gt; 0 seconds, from one pass over the path.</summary>
    public (double Cdf, double Density) At(int entry, RequestClass c, double t, bool floor) => At(entry, (int)c, t, floor);

    /// <summary>
    /// The nodes on which an entry's response time depends, children before parents (cached per entry): those its
    /// requests reach and wait for.
    /// </summary>
    public int[] Reachable(int entry)
    {
        if (reachable.TryGetValue(entry, out var nodes))
        {
            return nodes;
        }

        // Only what a request waits for: the routing plans' edges of either class, and nothing past a queue or stream
        // (consumers run after the producer's acknowledgement). A worker behind a queue costs no transform evaluations.
        var seen = Walk(entry, 0, 1, static (_, _, _, _, _) => true);
        nodes = [.. seen];
        Array.Sort(nodes, (a, b) => position[a].CompareTo(position[b]));
        reachable[entry] = nodes;
        return nodes;
    }

    /// <summary>
    /// The nodes whose hop a request of one class from <paramref name="entry"/> passes through with a positive
    /// chance, in index order: the routing plan's edges of that class with a fraction above zero, the groups after a
    /// cache's miss only when it misses, nothing past a queue or stream. The components a latency finding may blame:
    /// <see cref="Reachable"/> is wider (either class, for the transforms' sake).
    /// </summary>
    public int[] OnPath(int entry, RequestClass c)
    {
        // The same rule as saturation on the way (SaturatedAt): a miss group is reached only if the cache misses.
        var seen = Walk(entry, (int)c, (int)c, static (path, k, node, g, e) =>
            !((path.groupAfterMiss[k][g] || path.isCache[node]) && path.missRate[k][node] <= 0) && path.edgeFraction[k][e] > 0);
        var nodes = new int[seen.Count];
        seen.CopyTo(nodes);
        Array.Sort(nodes);
        return nodes;
    }

    /// <summary>Whether a walk follows edge <c>e</c> of group <c>g</c> of <c>node</c>'s plan for class <c>k</c>.</summary>
    private delegate bool EdgeFilter(PathLatency path, int k, int node, int g, int e);

    /// <summary>
    /// The one depth-first walk behind <see cref="Reachable"/> and <see cref="OnPath"/>: from <paramref name="entry"/>
    /// over the routing plans' edges of classes <paramref name="firstClass"/>..<paramref name="lastClass"/> that
    /// <paramref name="follow"/> accepts, never past a queue or stream. Iterative: a 100,000-node chain must not
    /// overflow the stack.
    /// </summary>
    private HashSet<int> Walk(int entry, int firstClass, int lastClass, EdgeFilter follow)
    {
        var seen = new HashSet<int> { entry };
        var stack = new Stack<int>();
        stack.Push(entry);
        while (stack.Count > 0)
        {
            var node = stack.Pop();
            if (isMessaging[node])
            {
                continue;
            }

            for (var k = firstClass; k <= lastClass; k++)
            {
                for (var g = groupStart[k][node]; g < groupStart[k][node + 1]; g++)
                {
                    for (var e = edgeStart[k][g]; e < edgeStart[k][g + 1]; e++)
                    {
                        if (follow(this, k, node, g, e) && seen.Add(edgeChild[k][e]))
                        {
                            stack.Push(edgeChild[k][e]);
                        }
                    }
                }
            }
        }

        return seen;
    }

    private static void Fill(double[] values, int count, double value)
    {
        for (var i = 0; i < count; i++)
        {
            values[i] = value;
        }
    }

    private (double Cdf, double Density) At(int entry, int k, double t, bool floor)
    {
        if (hasDelays)
        {
            return DelayedAt(entry, k, t, floor);
        }

        TalbotInversion.Contour(t, sRe, sIm);
        EvaluateContour(entry, k, floor);
        Inversions++;
        var at = entry * TalbotInversion.Nodes;
        return (TalbotInversion.Cumulative(valueRe!, valueIm!, at), TalbotInversion.Density(valueRe!, valueIm!, at, t));
    }

    /// <summary>
    /// The transforms at every Talbot node of one t (<see cref="sRe"/>, <see cref="sIm"/>) of every node the entry
    /// reaches, children before parents, for the one class being searched (a request keeps its class along the
    /// path): with many entries (10,000 clients) a pass over the whole design per entry would be quadratic. All
    /// nodes of the contour go through the graph together, so the graph is walked once per inversion, not once per
    /// Talbot node.
    /// </summary>
    private void EvaluateContour(int entry, int k, bool floor)
    {
        const int m = TalbotInversion.Nodes;
        if (valueRe is null || valueIm is null)
        {
            valueRe = new double[graph.Nodes.Length * m];
            valueIm = new double[graph.Nodes.Length * m];
        }

        var re = valueRe;
        var im = valueIm;
        var groups = groupStart[k];
        var edges = edgeStart[k];
        var children = edgeChild[k];
        var fractions = edgeFraction[k];
        var afterMissGroup = groupAfterMiss[k];
        foreach (var node in Reachable(entry))
        {
            var row = node * m;
            hops[node].Transform(sRe, sIm, floor, re, im, row);
            if (isMessaging[node] || groups[node] == groups[node + 1])
            {
                // Consumers run after the producer has its acknowledgement: only the enqueue is on the path.
                continue;
            }

            var hasAfterMiss = false;
            var hasBefore = false;
            for (var g = groups[node]; g < groups[node + 1]; g++)
            {
                // The group's mixture Σ f·T̃_child, multiplied into the product of the groups before (or after) a
                // miss; the first group of each kind is summed straight into its product.
                var after = afterMissGroup[g] || isCache[node];
                var (productRe, productIm) = after ? (afterRe, afterIm) : (beforeRe, beforeIm);
                var first = after ? !hasAfterMiss : !hasBefore;
                var (sumRe, sumIm) = first ? (productRe, productIm) : (mixRe, mixIm);
                for (var e = edges[g]; e < edges[g + 1]; e++)
                {
                    var fraction = fractions[e];
                    var child = children[e] * m;
                    if (e == edges[g])
                    {
                        for (var j = 0; j < m; j++)
                        {
                            sumRe[j] = fraction * re[child + j];
                            sumIm[j] = fraction * im[child + j];
                        }
                    }
                    else
                    {
                        for (var j = 0; j < m; j++)
                        {
                            sumRe[j] += fraction * re[child + j];
                            sumIm[j] += fraction * im[child + j];
                        }
                    }
                }

                if (edges[g] == edges[g + 1])
                {
                    // An empty group: nothing to wait for, a mixture of nothing (as before: the product gets 0).
                    Array.Clear(sumRe, 0, m);
                    Array.Clear(sumIm, 0, m);
                }

                if (!first)
                {
                    for (var j = 0; j < m; j++)
                    {
                        (productRe[j], productIm[j]) = ((productRe[j] * mixRe[j]) - (productIm[j] * mixIm[j]), (productRe[j] * mixIm[j]) + (productIm[j] * mixRe[j]));
                    }
                }

                hasAfterMiss |= after;
                hasBefore |= !after;
            }

            // hop × before × ((1 − miss) + miss × after): a miss (rate 1 − h) goes on to the groups after the cache.
            var miss = missRate[k][node];
            for (var j = 0; j < m; j++)
            {
                double a = 1, b = 0;
                if (hasBefore)
                {
                    (a, b) = (beforeRe[j], beforeIm[j]);
                }

                if (hasAfterMiss)
                {
                    var c = (1 - miss) + (miss * afterRe[j]);
                    var d = miss * afterIm[j];
                    (a, b) = ((a * c) - (b * d), (a * d) + (b * c));
                }

                var (x, y) = (re[row + j], im[row + j]);
                re[row + j] = (x * a) - (y * b);
                im[row + j] = (x * b) + (y * a);
            }
        }
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

    private double[] MeansOf(int k, bool floor, bool network = false)
    {
        var means = new double[graph.Nodes.Length];
        foreach (var node in reverseOrder)
        {
            means[node] = MeanAt(node, k, floor, means, network);
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

    // The flattened plan (the same edges in the same order as RoutingPlan's groups), each edge's child mean plus the
    // round trip between regions it waits (0 within a region: x + 0 is x, so a design in one region is unchanged).
    private double MeanAt(int node, int k, bool floor, double[] means, bool network = false)
    {
        double before = 0, afterMiss = 0;
        var hasAfterMiss = false;
        if (!isMessaging[node])
        {
            for (var g = groupStart[k][node]; g < groupStart[k][node + 1]; g++)
            {
                var mix = 0.0;
                for (var e = edgeStart[k][g]; e < edgeStart[k][g + 1]; e++)
                {
                    mix += edgeFraction[k][e] * (means[edgeChild[k][e]] + (edgeDelay[k][e] * MicrosecondSeconds));
                }

                if (groupAfterMiss[k][g] || isCache[node])
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

        return (network ? 0 : hops[node].Mean(floor)) + before + (hasAfterMiss ? missRate[k][node] * afterMiss : 0);
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
            var reached = !(group.AfterMiss || graph.Nodes[node].Behaviour == Behaviour.Cache) || missRate[k][node] > 0;
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

    /// <summary>One entry, class and regime as a distribution for the search; a struct, so the search allocates nothing.</summary>
    private readonly struct Distribution(PathLatency owner, int entry, int k, bool floor) : IDistribution
    {
        public (double Cdf, double Density) At(double t) => owner.At(entry, k, t, floor);
    }
}
