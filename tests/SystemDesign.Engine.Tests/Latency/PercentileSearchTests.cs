using System;
using System.Globalization;
using System.Linq;
using SystemDesign.Catalog;
using SystemDesign.Engine.Flow;
using SystemDesign.Engine.Latency;
using SystemDesign.Engine.Math;
using SystemDesign.Engine.Tests.Evaluation;
using Xunit.Abstractions;
using SystemDesign.TestSupport;

namespace SystemDesign.Engine.Tests.Latency;

/// <summary>
/// The percentile search (Newton steps on the cumulative hazard, <see cref="PercentileSearch"/>) against the
/// regula falsi it replaced, a bisection to the last bit, closed forms (M/M/c: Gross &amp; Harris §2.3; Erlang;
/// hyperexponential) and itself (several p's at once against one at a time).
/// </summary>
public sealed class PercentileSearchTests(ITestOutputHelper output)
{
    private static readonly double[] Ps = [0.5, 0.9, 0.95, 0.99, 0.999];

    public static TheoryData<int> Seeds() => [.. Enumerable.Range(1, 40).Select(i => 9_000 + i)];

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Newton_agrees_with_regula_falsi_and_bisection_on_random_paths(int seed)
    {
        var (fixture, _) = Random(seed);
        var worstRegulaFalsi = 0.0;
        var worstBisection = 0.0;
        foreach (var (entry, c, floor) in Cases(fixture))
        {
            var mean = fixture.Paths.Mean(entry, c, floor);
            foreach (var p in Ps)
            {
                var newton = fixture.Paths.Percentile(entry, c, p, floor);
                var regulaFalsi = fixture.RegulaFalsi(entry, c, p, floor, mean);
                var bisection = fixture.Bisection(entry, c, p, floor, mean);
                worstRegulaFalsi = System.Math.Max(worstRegulaFalsi, System.Math.Abs(newton - regulaFalsi) / regulaFalsi);
                worstBisection = System.Math.Max(worstBisection, System.Math.Abs(newton - bisection) / bisection);
                Assert.True(System.Math.Abs(newton - regulaFalsi) <= 1e-6 * regulaFalsi, Describe("regula falsi", c, p, floor, newton, regulaFalsi));
                Assert.True(System.Math.Abs(newton - bisection) <= 1e-9 * bisection, Describe("bisection", c, p, floor, newton, bisection));
            }
        }

        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"worst relative difference: {worstRegulaFalsi:E2} to regula falsi, {worstBisection:E2} to bisection"));
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Several_percentiles_at_once_equal_separate_ones(int seed)
    {
        var (fixture, _) = Random(seed);
        double[] ps = [0.99, 0.5, 0.999, 0.95, 0.5, 0.9];
        foreach (var (entry, c, floor) in Cases(fixture))
        {
            var together = new double[ps.Length];
            fixture.Paths.Percentiles(entry, c, ps, floor, together);
            for (var i = 0; i < ps.Length; i++)
            {
                var alone = fixture.Paths.Percentile(entry, c, ps[i], floor);
                Assert.True(System.Math.Abs(together[i] - alone) <= 1e-9 * alone, Describe("alone", c, ps[i], floor, together[i], alone));
            }
        }
    }

    [Fact]
    public void Random_paths_need_about_two_inversions_per_percentile_when_solved_together()
    {
        // Not a timing: the number of CDF inversions is deterministic. Before Newton steps a percentile took 8–10.
        long inversions = 0, percentiles = 0;
        foreach (var seed in Enumerable.Range(1, 40).Select(i => 9_000 + i))
        {
            var (fixture, _) = Random(seed);
            foreach (var (entry, c, floor) in Cases(fixture))
            {
                var before = fixture.Paths.Inversions;
                fixture.Paths.Percentiles(entry, c, Ps, floor, new double[Ps.Length]);
                inversions += fixture.Paths.Inversions - before;
                percentiles += Ps.Length;
            }
        }

        var perPercentile = (double)inversions / percentiles;
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{inversions} inversions for {percentiles} percentiles: {perPercentile:F2} each"));
        Assert.True(perPercentile <= 3.5, perPercentile.ToString("F2", CultureInfo.InvariantCulture));
    }

    [Theory]
    [InlineData("blog-8-apps")]
    [InlineData("blog-2-apps")]
    [InlineData("cbdc-l6")]
    public void The_report_snapshots_figures_are_within_1e_9_of_a_bisection(string name)
    {
        // The approved JSON snapshots print every digit; this is the evidence that their last digits moved closer.
        var (problemId, design) = name switch
        {
            "blog-8-apps" => (Reports.ReportDesigns.Blog, TutorialBlog.WithAppServers(8)),
            "blog-2-apps" => (Reports.ReportDesigns.Blog, TutorialBlog.WithAppServers(2)),
            _ => (Reports.ReportDesigns.Cbdc, Reports.ReportDesigns.CentralBankCurrency()),
        };
        var problem = ProblemCatalog.BuiltIn.Find(problemId)!;
        var fixture = PathFixture.For(problem, design);
        var e = Grader.Grade(problemId, design);
        Assert.NotEmpty(e.Latency);
        foreach (var l in e.Latency)
        {
            var c = l.RequestClass == "read" ? RequestClass.Read : RequestClass.Write;
            var entry = fixture.Entries.Single(i => design.Components[i].Name == l.Entry);
            foreach (var (ms, floor) in new[] { (l.Milliseconds, false), (l.FloorMilliseconds ?? double.NaN, true) })
            {
                if (!double.IsFinite(ms))
                {
                    continue;
                }

                var exact = fixture.Bisection(entry, c, l.Percentile / 100, floor, fixture.Paths.Mean(entry, c, floor)) * 1000;
                output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{l.Entry} {l.RequestClass} P{l.Percentile}{(floor ? " floor" : string.Empty)}: {ms:R} ms, bisection {exact:R} ms ({(ms - exact) / exact:E1})"));
                Assert.True(System.Math.Abs(ms - exact) <= 1e-9 * exact, Describe("bisection", c, l.Percentile / 100, floor, ms, exact));
            }
        }
    }

    [Theory]
    [InlineData(100, 40, 1, 80)] // c = 4 servers of μ = 25/s at ρ = 0.8
    [InlineData(100, 40, 3, 270)] // three such instances, 90/s each: ρ = 0.9
    [InlineData(1000, 20, 2, 1000)] // c = 20 of μ = 50/s at ρ = 0.5: most requests never wait
    [InlineData(50, 20, 1, 49)] // c = 1 at ρ = 0.98: M/M/1, Exp(1)
    public void Percentiles_of_an_MMc_hop_match_the_closed_form(double capacity, double serviceMs, int instances, double rate)
    {
        var a = new ArchitectureBuilder();
        a.Client("Users").Calls(a.App("App").Instances(instances).CapacityPerInstance(capacity).ServiceTime(serviceMs));
        LatencyTarget[] targets = [.. Ps.Select(p => new LatencyTarget(p * 100, 1e9, "test"))];
        var e = Designs.Evaluate(Designs.Problem(rate: rate, readRatio: 1, latency: targets), a.Build());

        var servers = (int)System.Math.Round(capacity * serviceMs / 1000);
        var queue = MmcQueue.Create(rate / instances, capacity / servers, servers);
        Assert.Equal(Ps.Length, e.Latency.Count);
        foreach (var l in e.Latency)
        {
            var exact = queue.ResponseTimePercentile(l.Percentile / 100) * 1000;
            Assert.True(System.Math.Abs(l.Milliseconds - exact) <= 1e-6 * exact, Describe("M/M/c", RequestClass.Read, l.Percentile / 100, false, l.Milliseconds, exact));
        }
    }

    [Fact]
    public void Closed_form_distributions_are_solved_to_the_tolerance()
    {
        // Erlang-3 (increasing hazard), a hyperexponential (decreasing hazard) and an exponential, the start's own guess.
        double[] ps = [0.01, 0.5, 0.9, 0.99, 0.9999];
        var erlang = new ClosedForm(t => 1 - (System.Math.Exp(-t) * (1 + t + (t * t / 2))), t => t * t / 2 * System.Math.Exp(-t));
        var hyper = new ClosedForm(
            t => 1 - (0.9 * System.Math.Exp(-10 * t)) - (0.1 * System.Math.Exp(-0.1 * t)),
            t => (9 * System.Math.Exp(-10 * t)) + (0.01 * System.Math.Exp(-0.1 * t)));
        var exponential = new ClosedForm(t => 1 - System.Math.Exp(-2 * t), t => 2 * System.Math.Exp(-2 * t));
        Check(ref erlang, 3, ps);
        Check(ref hyper, (0.9 * 0.1) + (0.1 * 10), ps);
        Check(ref exponential, 0.5, ps);
        // The first p (0.01) starts at the mean and needs one step; every later one starts from a step on an
        // exponential's cumulative hazard, which is a line, so its first evaluation is its answer.
        Assert.Equal(ps.Length + 1, exponential.Evaluations);
    }

    [Fact]
    public void A_p_below_an_atom_at_zero_gives_zero_and_edge_ps_their_limits()
    {
        // 30% of requests take no time (F(0+) = 0.3), the rest Exp(1).
        var atom = new ClosedForm(t => 0.3 + (0.7 * (1 - System.Math.Exp(-t))), t => 0.7 * System.Math.Exp(-t));
        double[] ps = [0.2, 0.65, 0, 1, double.NaN, -1, 2];
        var q = new double[ps.Length];
        PercentileSearch.Quantiles(ref atom, 0.7, ps, q);

        Assert.True(q[0] <= 1e-12, q[0].ToString("R", CultureInfo.InvariantCulture));
        Assert.Equal(System.Math.Log(2), q[1], 1e-9); // 0.3 + 0.7(1 − e^{−t}) = 0.65
        Assert.Equal(0, q[2]);
        Assert.Equal(double.PositiveInfinity, q[3]);
        Assert.True(double.IsNaN(q[4]));
        Assert.Equal(0, q[5]);
        Assert.Equal(double.PositiveInfinity, q[6]);
    }

    private static void Check(ref ClosedForm distribution, double mean, double[] ps)
    {
        var q = new double[ps.Length];
        PercentileSearch.Quantiles(ref distribution, mean, ps, q);
        for (var i = 0; i < ps.Length; i++)
        {
            var exact = distribution.Bisect(ps[i]);
            Assert.True(System.Math.Abs(q[i] - exact) <= 1e-9 * exact, Describe("closed form", RequestClass.Read, ps[i], false, q[i], exact));
        }
    }

    private static (PathFixture Fixture, DesignSimulation Design) Random(int seed)
    {
        var design = DesignSimulation.Create(seed);
        var problem = Designs.Problem(rate: design.Rate, readRatio: design.ReadRatio, latency: [new LatencyTarget(99, 1e9, "test")]);
        return (PathFixture.For(problem, design.Architecture), design);
    }

    private static (int Entry, RequestClass Class, bool Floor)[] Cases(PathFixture fixture) =>
        [.. from entry in fixture.Entries
            from c in new[] { RequestClass.Read, RequestClass.Write }
            from floor in new[] { false, true }
            select (entry, c, floor)];

    private static string Describe(string reference, RequestClass c, double p, bool floor, double actual, double expected) =>
        string.Create(CultureInfo.InvariantCulture, $"P{p * 100} of {c}{(floor ? " (floor)" : string.Empty)}: {actual:R} against {reference} {expected:R}");

    /// <summary>A distribution with a closed-form CDF and density; counts the search's evaluations.</summary>
    private struct ClosedForm(Func<double, double> cdf, Func<double, double> density) : IDistribution
    {
        public int Evaluations { get; private set; }

        public (double Cdf, double Density) At(double t)
        {
            Evaluations++;
            return (cdf(t), density(t));
        }

        public readonly double Bisect(double p)
        {
            double lo = 0, hi = 1;
            while (cdf(hi) < p)
            {
                hi *= 2;
            }

            for (var i = 0; i < 300 && hi - lo > 1e-16 * hi; i++)
            {
                var mid = 0.5 * (lo + hi);
                (lo, hi) = cdf(mid) < p ? (mid, hi) : (lo, mid);
            }

            return 0.5 * (lo + hi);
        }
    }
}
