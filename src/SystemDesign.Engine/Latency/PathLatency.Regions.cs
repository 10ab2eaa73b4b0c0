using System.Collections.Generic;
using SystemDesign.Engine.Flow;

namespace SystemDesign.Engine.Latency;

/// <summary>
/// The network between regions on a path (docs/engine.md, "Network between regions"): a call over an edge whose two
/// ends are in different <c>Region(...)</c>s waits a fixed round trip d, whose transform is e^(−s·d). A fixed delay
/// cannot go through the Talbot contour as a factor (e^(−s·d) grows without bound where the contour turns left), so a
/// node's transform is kept as a sum over the distinct total delays D of its paths, T̃(s) = Σ_D e^(−s·D)·W_D(s), and
/// F(t) = Σ_D F_{W_D}(t − D): each term inverted at its own shifted time, exactly.
/// </summary>
internal sealed partial class PathLatency
{
    /// <summary>Seconds in one unit of <see cref="edgeDelay"/>.</summary>
    private const double MicrosecondSeconds = 1e-6;

    /// <summary>
    /// The most distinct delay totals a node may carry: each costs one inversion pass at the entry; past it the
    /// entry's latency is not computed (SD3004 says so) rather than approximated.
    /// </summary>
    public const int MaxDelayTerms = 64;

    private readonly Dictionary<(int Entry, int Class), long[]?> rootDelays = [];
    private double[][]? networkMeans;

    /// <summary>
    /// True when an entry's paths of a class reach more than <see cref="MaxDelayTerms"/> distinct totals of network time
    /// between regions: its percentiles are then NaN (not computed).
    /// </summary>
    public bool TooManyDelays(int entry, RequestClass c) => hasDelays && RootDelays(entry, (int)c) is null;

    /// <summary>The mean network time between regions of an entry's requests of a class, in seconds (0 in one region).</summary>
    public double NetworkMean(int entry, RequestClass c)
    {
        if (!hasDelays)
        {
            return 0;
        }

        networkMeans ??= [MeansOf(0, false, network: true), MeansOf(1, false, network: true)];
        return networkMeans[(int)c][entry];
    }

    private long[] RoundTrips(int k, RegionDelays regions)
    {
        var delays = new long[edgeChild[k].Length];
        var n = graph.Nodes.Length;
        for (var node = 0; node < n; node++)
        {
            var from = graph.Nodes[node].Component.Region;
            for (var g = groupStart[k][node]; g < groupStart[k][node + 1]; g++)
            {
                for (var e = edgeStart[k][g]; e < edgeStart[k][g + 1]; e++)
                {
                    // A link that crosses to orbit, the Moon or Mars adds its light-time there and back, a fixed
                    // delay as the network between regions is (docs/components.md, "Space links").
                    var child = graph.Nodes[edgeChild[k][e]];
                    var oneWay = regions.OneWay(from, child.Component.Region).Value + ((child.LightTimeMs?.Value ?? 0) / 1000);
                    delays[e] = (long)System.Math.Round(2 * oneWay / MicrosecondSeconds);
                }
            }
        }

        return delays;
    }

    private (double Cdf, double Density) DelayedAt(int entry, int k, double t, bool floor)
    {
        var delays = RootDelays(entry, k);
        if (delays is null)
        {
            return (double.NaN, double.NaN);
        }

        double cdf = 0, density = 0;
        foreach (var delay in delays)
        {
            // A term whose requests have not yet crossed their network has no mass before its delay.
            var shifted = t - (delay * MicrosecondSeconds);
            if (shifted <= 0)
            {
                continue;
            }

            TalbotInversion.Contour(shifted, sRe, sIm);
            var terms = EvaluateDelayed(entry, k, floor)!;
            Inversions++;
            var (re, im) = terms[delay];
            cdf += TalbotInversion.Cumulative(re, im, 0);
            density += TalbotInversion.Density(re, im, 0, shifted);
        }

        return (cdf, density);
    }

    // The distinct totals at the entry, learnt from one pass (any contour: the keys depend on the routing only).
    private long[]? RootDelays(int entry, int k)
    {
        if (!rootDelays.TryGetValue((entry, k), out var delays))
        {
            TalbotInversion.Contour(1, sRe, sIm);
            var terms = EvaluateDelayed(entry, k, floor: true);
            if (terms is not null)
            {
                delays = [.. terms.Keys];
                System.Array.Sort(delays);
            }

            rootDelays[(entry, k)] = delays;
        }

        return delays;
    }

    /// <summary>
    /// <see cref="EvaluateContour"/> with each node's transform split by total delay: the entry's terms, or null past
    /// <see cref="MaxDelayTerms"/>. Allocates per pass; only designs placed in several regions come here.
    /// </summary>
    private Dictionary<long, (double[] Re, double[] Im)>? EvaluateDelayed(int entry, int k, bool floor)
    {
        const int m = TalbotInversion.Nodes;
        var values = new Dictionary<int, Dictionary<long, (double[] Re, double[] Im)>>();
        var hop = (Re: new double[m], Im: new double[m]);
        foreach (var node in Reachable(entry))
        {
            hops[node].Transform(sRe, sIm, floor, hop.Re, hop.Im, 0);
            var own = new Dictionary<long, (double[] Re, double[] Im)> { [0] = ((double[])hop.Re.Clone(), (double[])hop.Im.Clone()) };
            if (isMessaging[node] || groupStart[k][node] == groupStart[k][node + 1])
            {
                values[node] = own;
                continue;
            }

            var before = One();
            Dictionary<long, (double[] Re, double[] Im)>? after = null;
            for (var g = groupStart[k][node]; g < groupStart[k][node + 1]; g++)
            {
                // The group's mixture Σ f·e^(−s·d)·T̃_child: each child term moves by the edge's round trip.
                var mix = new Dictionary<long, (double[] Re, double[] Im)>();
                for (var e = edgeStart[k][g]; e < edgeStart[k][g + 1]; e++)
                {
                    if (!values.TryGetValue(edgeChild[k][e], out var child))
                    {
                        continue;
                    }

                    foreach (var term in child)
                    {
                        AddScaled(mix, term.Key + edgeDelay[k][e], edgeFraction[k][e], term.Value);
                    }
                }

                if (groupAfterMiss[k][g] || isCache[node])
                {
                    after = after is null ? mix : Product(after, mix);
                }
                else
                {
                    before = Product(before, mix);
                }

                if (before.Count > MaxDelayTerms || after?.Count > MaxDelayTerms)
                {
                    return null;
                }
            }

            // hop × before × ((1 − miss) + miss × after).
            if (after is not null)
            {
                var miss = missRate[k][node];
                var outcome = new Dictionary<long, (double[] Re, double[] Im)>();
                AddScaled(outcome, 0, 1 - miss, One()[0]);
                foreach (var term in after)
                {
                    AddScaled(outcome, term.Key, miss, term.Value);
                }

                before = Product(before, outcome);
            }

            values[node] = Product(own, before);
            if (values[node].Count > MaxDelayTerms)
            {
                return null;
            }
        }

        return values[entry];
    }

    private static Dictionary<long, (double[] Re, double[] Im)> One()
    {
        var re = new double[TalbotInversion.Nodes];
        for (var j = 0; j < re.Length; j++)
        {
            re[j] = 1;
        }

        return new() { [0] = (re, new double[TalbotInversion.Nodes]) };
    }

    private static void AddScaled(Dictionary<long, (double[] Re, double[] Im)> sum, long delay, double scale, (double[] Re, double[] Im) value)
    {
        if (!sum.TryGetValue(delay, out var into))
        {
            sum[delay] = into = (new double[TalbotInversion.Nodes], new double[TalbotInversion.Nodes]);
        }

        for (var j = 0; j < into.Re.Length; j++)
        {
            into.Re[j] += scale * value.Re[j];
            into.Im[j] += scale * value.Im[j];
        }
    }

    // The transform of a sum of independent times: delays add, the rest multiply.
    private static Dictionary<long, (double[] Re, double[] Im)> Product(Dictionary<long, (double[] Re, double[] Im)> a, Dictionary<long, (double[] Re, double[] Im)> b)
    {
        var product = new Dictionary<long, (double[] Re, double[] Im)>();
        foreach (var x in a)
        {
            foreach (var y in b)
            {
                if (!product.TryGetValue(x.Key + y.Key, out var into))
                {
                    product[x.Key + y.Key] = into = (new double[TalbotInversion.Nodes], new double[TalbotInversion.Nodes]);
                }

                for (var j = 0; j < into.Re.Length; j++)
                {
                    into.Re[j] += (x.Value.Re[j] * y.Value.Re[j]) - (x.Value.Im[j] * y.Value.Im[j]);
                    into.Im[j] += (x.Value.Re[j] * y.Value.Im[j]) + (x.Value.Im[j] * y.Value.Re[j]);
                }
            }
        }

        return product;
    }
}
