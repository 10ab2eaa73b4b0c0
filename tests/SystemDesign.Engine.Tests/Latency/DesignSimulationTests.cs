using System.Diagnostics;
using System.Globalization;
using System.Linq;
using SystemDesign.Catalog;
using SystemDesign.Engine.Tests.Evaluation;
using Xunit.Abstractions;

namespace SystemDesign.Engine.Tests.Latency;

/// <summary>
/// End-to-end percentiles of whole designs against a seeded discrete-event simulation (<see cref="DesignSimulation"/>):
/// random chains and branches of 2–5 components with a weighted balancer split, a look-aside cache, a second tier or
/// separate read and write stores, every component below saturation. The engine's answer assumes independent hops
/// (Jackson's theorem); the simulation has real queues, so it also checks that assumption on these shapes.
/// </summary>
public sealed class DesignSimulationTests(ITestOutputHelper output)
{
    // Stated tolerance: 7.5% relative on p50, p95 and p99 of reads and of writes.
    private const double Tolerance = 0.075;
    private const int Requests = 400_000;

    public static TheoryData<int> Seeds() => [.. Enumerable.Range(1, 6).Select(i => 7_000 + i)];

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Simulated_end_to_end_percentiles_agree_with_the_engine(int seed)
    {
        var design = DesignSimulation.Create(seed);
        var watch = Stopwatch.StartNew();
        var (reads, writes) = design.Run(Requests, seed: seed * 31);
        var problem = Designs.Problem(
            rate: design.Rate,
            readRatio: design.ReadRatio,
            latency: [new LatencyTarget(50, 1e9, "test"), new LatencyTarget(95, 1e9, "test"), new LatencyTarget(99, 1e9, "test")]);
        var e = Designs.Evaluate(problem, design.Architecture);
        output.WriteLine(design.ToString());
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"simulated in {watch.ElapsedMilliseconds} ms; {reads.Length:N0} reads, {writes.Length:N0} writes"));

        Assert.True(design.Components is >= 2 and <= 5);
        Assert.All(e.Components.Where(c => c.Utilization is not null), c => Assert.True(c.Utilization < 0.76, c.Name));
        var worst = 0.0;
        foreach (var l in e.Latency)
        {
            var samples = l.RequestClass == "read" ? reads : writes;
            var simulated = Quantile(samples, l.Percentile / 100) * 1000;
            var error = (l.Milliseconds - simulated) / simulated;
            worst = System.Math.Max(worst, System.Math.Abs(error));
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  P{l.Percentile} {l.RequestClass}s: engine {l.Milliseconds:0.###} ms, simulated {simulated:0.###} ms ({error:+0.0%;-0.0%})"));
        }

        Assert.Equal(6, e.Latency.Count);
        Assert.True(worst <= Tolerance, $"worst relative error {worst:P1} over {Tolerance:P1}");
    }

    private static double Quantile(double[] sorted, double p) => sorted[System.Math.Clamp((int)System.Math.Ceiling(p * sorted.Length) - 1, 0, sorted.Length - 1)];
}
