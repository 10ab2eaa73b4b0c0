using System.Linq;
using SystemDesign.Catalog;
using SystemDesign.Engine.Flow;
using SystemDesign.Engine.Latency;
using SystemDesign.Engine.Resolution;
using SystemDesign.Model;

namespace SystemDesign.Engine.Tests.Latency;

/// <summary>
/// A design's <see cref="PathLatency"/> built as the evaluator builds it (resolution, flow graph, traffic, hop
/// models), so tests can call the search and the CDF directly. The rate and read ratio are the ones the evaluation used.
/// </summary>
internal sealed class PathFixture
{
    private PathFixture(PathLatency paths, int[] entries, double readRatio)
    {
        Paths = paths;
        Entries = entries;
        ReadRatio = readRatio;
    }

    public PathLatency Paths { get; }

    public int[] Entries { get; }

    public double ReadRatio { get; }

    public static PathFixture For(Problem problem, Architecture design)
    {
        var registry = ProblemCatalog.BuiltIn.Components;
        var workload = Grader.Grade(problem, design, registry).Workload;
        var resolver = new ComponentResolver(problem, registry);
        var nodes = design.Components.Select((c, i) => resolver.Resolve(c, i)).ToArray();
        var graph = FlowGraph.Build(nodes, design.Connections);
        var flow = TrafficFlow.Compute(graph, workload.RequestRps?.Value ?? 0, workload.ReadRatio.Value);
        var hops = nodes.Select(n => HopModel.For(n, flow.Load(graph, n.Index))).ToArray();
        return new PathFixture(new PathLatency(graph, hops, RegionDelays.For(problem)), graph.Entries, workload.ReadRatio.Value);
    }

    /// <summary>
    /// The search the engine used before Newton steps, kept as the reference: bracket from an exponential's quantile
    /// by doubling, then the Illinois variant of regula falsi on the CDF alone until the estimate settles to
    /// <paramref name="tolerance"/> relative.
    /// </summary>
    public double RegulaFalsi(int entry, RequestClass c, double p, bool floor, double mean, double tolerance = 1e-7)
    {
        double Cdf(double t) => Paths.At(entry, c, t, floor).Cdf;
        double lo = 0, flo = -p, hi = mean * System.Math.Max(1, -System.Math.Log(1 - p));
        var fhi = Cdf(hi) - p;
        for (var i = 0; fhi < 0 && i < 200; i++)
        {
            lo = hi;
            flo = fhi;
            hi *= 2;
            fhi = Cdf(hi) - p;
        }

        var side = 0;
        var estimate = 0.5 * (lo + hi);
        for (var i = 0; i < 200; i++)
        {
            var mid = ((lo * fhi) - (hi * flo)) / (fhi - flo);
            if (!(mid > lo && mid < hi))
            {
                mid = 0.5 * (lo + hi);
            }

            var settled = System.Math.Abs(mid - estimate) <= tolerance * mid;
            estimate = mid;
            var fmid = Cdf(mid) - p;
            if (settled || fmid == 0)
            {
                return mid;
            }

            if (fmid < 0)
            {
                (lo, flo) = (mid, fmid);
                fhi = side == -1 ? fhi / 2 : fhi;
                side = -1;
            }
            else
            {
                (hi, fhi) = (mid, fmid);
                flo = side == 1 ? flo / 2 : flo;
                side = 1;
            }
        }

        return estimate;
    }

    /// <summary>The p-quantile by plain bisection on the CDF to the last bit: slow, but no step rule to trust.</summary>
    public double Bisection(int entry, RequestClass c, double p, bool floor, double mean)
    {
        double lo = 0, hi = mean;
        while (Paths.At(entry, c, hi, floor).Cdf < p)
        {
            lo = hi;
            hi *= 2;
        }

        for (var i = 0; i < 200 && hi - lo > 1e-15 * hi; i++)
        {
            var mid = 0.5 * (lo + hi);
            if (Paths.At(entry, c, mid, floor).Cdf < p)
            {
                lo = mid;
            }
            else
            {
                hi = mid;
            }
        }

        return 0.5 * (lo + hi);
    }
}
