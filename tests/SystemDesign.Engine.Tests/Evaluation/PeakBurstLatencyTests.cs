using System.Globalization;
using System.Linq;
using System.Text.RegularExpressions;
using SystemDesign.Catalog;
using SystemDesign.Engine.Math;
using SystemDesign.Model;

namespace SystemDesign.Engine.Tests.Evaluation;

/// <summary>
/// The peak's latency for a burst of stated length (docs/engine.md, "Failures"): near saturation the stationary M/M/c wait
/// is that of a queue that has run at the peak forever (hours); a burst of T seconds bounds the mean wait by
/// <see cref="BurstWait.MeanBound"/> from normal operation's, the wait staying exponential with that mean. Single hop:
/// App at 100 req/s per instance with a 50 ms service time (c = 5 servers of μ = 20/s), 4 instances, 100 req/s.
/// </summary>
public sealed class PeakBurstLatencyTests
{
    private const double Mu = 20;
    private const int Servers = 5;

    private static Problem Problem(double peak, double burstSeconds, double targetMs)
    {
        var problem = Designs.Problem(rate: 100, readRatio: 1, peak: peak, latency: [new LatencyTarget(99, targetMs, "test")]);
        return problem with { Workload = problem.Workload with { BurstSeconds = new Sourced(burstSeconds, "test: the burst's length") } };
    }

    private static Architecture SingleHop()
    {
        var a = new ArchitectureBuilder();
        a.Client("Users").Calls(a.App("App").Instances(4).CapacityPerInstance(100).ServiceTime(50));
        return a.Build();
    }

    [Fact]
    public void A_peak_a_hair_below_capacity_waits_what_its_burst_can_build_not_the_stationary_hours()
    {
        // 3.9999 × 100 req/s on 4 instances: 99.9975 req/s each against 100 (ρ = 0.999975). Stationary, those who wait
        // wait 1 ÷ (100 − 99.9975) = 400 s on average. A one-minute burst from normal operation (25 req/s each) bounds
        // the mean wait at w₀ + √(2 × 99.9975) ÷ 100 × √(120 ÷ π) ≈ 0.874 s.
        const double peak = 3.9999, seconds = 60, perInstance = 100 * peak / 4;
        var e = Designs.Evaluate(Problem(peak, seconds, 1000), SingleHop());

        var atPeak = MmcQueue.Create(perInstance, Mu, Servers);
        var bound = BurstWait.MeanBound(perInstance, Mu * Servers, seconds, MmcQueue.Create(25, Mu, Servers).MeanWaitingTime);
        var expected = P99(atPeak.ProbabilityOfWaiting, bound) * 1000;
        var line = Assert.Single(e.Scenarios.Single(s => s.Name.StartsWith("peak burst", System.StringComparison.Ordinal)).Slower);
        var printed = double.Parse(Regex.Match(line, @"to ([\d,\.]+) ms").Groups[1].Value.Replace(",", string.Empty, System.StringComparison.Ordinal), CultureInfo.InvariantCulture);

        Assert.Equal(expected, printed, expected * 1e-4);
        Assert.InRange(printed, 3000, 5000);
        Assert.True(atPeak.ResponseTimePercentile(0.99) * 1000 > 100 * printed, "the stationary P99 is not far above the burst's");
    }

    [Fact]
    public void A_longer_burst_waits_longer_and_never_more_than_the_stationary_queue()
    {
        var shortBurst = PeakP99(60);
        var longBurst = PeakP99(3600);
        var forever = PeakP99(1e9);
        var stationary = MmcQueue.Create(100 * 3.9999 / 4, Mu, Servers).ResponseTimePercentile(0.99) * 1000;

        Assert.True(shortBurst < longBurst && longBurst < forever, $"{shortBurst} {longBurst} {forever}");
        Assert.Equal(stationary, forever, stationary * 1e-4);
    }

    [Fact]
    public void A_peak_well_within_capacity_keeps_the_stationary_percentile()
    {
        // 2.5 × 100 on 4: 62.5 each (ρ = 0.625): the stationary wait is far below what a minute could build.
        var e = Designs.Evaluate(Problem(2.5, 60, MmcQueue.Create(25, Mu, Servers).ResponseTimePercentile(0.99) * 1000 * 1.05), SingleHop());
        var stationary = MmcQueue.Create(62.5, Mu, Servers).ResponseTimePercentile(0.99) * 1000;
        var line = Assert.Single(e.Scenarios.Single(s => s.Name.StartsWith("peak burst", System.StringComparison.Ordinal)).Slower);

        Assert.Contains($"to {stationary.ToString("#,0.##", CultureInfo.InvariantCulture)} ms", line, System.StringComparison.Ordinal);
    }

    private static double PeakP99(double seconds)
    {
        var e = Designs.Evaluate(Problem(3.9999, seconds, 1000), SingleHop());
        var line = e.Scenarios.Single(s => s.Name.StartsWith("peak burst", System.StringComparison.Ordinal)).Slower.Single();
        return double.Parse(Regex.Match(line, @"to ([\d,\.]+) ms").Groups[1].Value.Replace(",", string.Empty, System.StringComparison.Ordinal), CultureInfo.InvariantCulture);
    }

    // P99 of Exp(μ) service plus, with probability c, a wait Exp of mean m: P(T > t) = (1 − c)e^(−μt) +
    // c(θe^(−μt) − μe^(−θt)) ÷ (θ − μ), θ = 1 ÷ (m ÷ c) (Gross & Harris §2.3's form), bisected.
    private static double P99(double c, double meanWait)
    {
        var theta = c / meanWait;
        double Slower(double t) => ((1 - c) * System.Math.Exp(-Mu * t)) + (c * ((theta * System.Math.Exp(-Mu * t)) - (Mu * System.Math.Exp(-theta * t))) / (theta - Mu));
        var (low, high) = (0.0, 1000.0);
        for (var i = 0; i < 200; i++)
        {
            var mid = (low + high) / 2;
            (low, high) = Slower(mid) > 0.01 ? (mid, high) : (low, mid);
        }

        return high;
    }
}
