using System;
using System.Linq;
using SystemDesign.Catalog;
using SystemDesign.Engine.Results;
using SystemDesign.Engine.Tests.Evaluation;
using SystemDesign.Model;

namespace SystemDesign.Engine.Tests.Latency;

/// <summary>
/// End-to-end percentiles of designs whose response time has a closed form. One server per instance
/// (capacity × service time = 1) makes each hop M/M/1, whose response time is Exp(μ − λ) (Kleinrock, Queueing
/// Systems Vol. 1, §3.2); two hops in series give the hypoexponential distribution (Ross, Introduction to
/// Probability Models, §5.2.4): P(T ≤ t) = 1 − (b·e^{−at} − a·e^{−bt}) / (b − a).
/// </summary>
public sealed class ClosedFormLatencyTests
{
    private static readonly LatencyTarget[] Percentiles =
    [
        new(50, 10_000, "test"), new(90, 10_000, "test"), new(95, 10_000, "test"), new(99, 10_000, "test"), new(99.9, 10_000, "test"),
    ];

    [Fact]
    public void One_MM1_hop_has_the_exponential_percentiles_of_mu_minus_lambda()
    {
        // μ = 100/s (10 ms, capacity 100), λ = 60/s: response Exp(40).
        var a = new ArchitectureBuilder();
        a.Client("Users").Calls(a.App("App").CapacityPerInstance(100).ServiceTime(10));
        var e = Designs.Evaluate(Designs.Problem(rate: 60, readRatio: 1, latency: Percentiles), a.Build());

        Assert.Equal(Percentiles.Length, e.Latency.Count);
        foreach (var l in e.Latency)
        {
            var exact = -System.Math.Log(1 - (l.Percentile / 100)) / 40 * 1000;
            Assert.Equal(exact, l.Milliseconds, exact * 1e-6);
            Assert.Equal("read", l.RequestClass);
            Assert.Null(l.FloorMilliseconds); // every target met: the floor is not needed

        }
    }

    [Fact]
    public void A_missed_target_gets_the_no_queueing_floor_Exp_mu()
    {
        // μ = 100/s, λ = 60/s, targets of 1 μs: missed, so the floor is computed; with no queueing the response
        // is the service time alone, Exp(100), whose p-quantile is −ln(1 − p)/100 s.
        var a = new ArchitectureBuilder();
        a.Client("Users").Calls(a.App("App").CapacityPerInstance(100).ServiceTime(10));
        LatencyTarget[] tight = [new(50, 0.001, "test"), new(99, 0.001, "test")];
        var e = Designs.Evaluate(Designs.Problem(rate: 60, readRatio: 1, latency: tight), a.Build());

        foreach (var l in e.Latency)
        {
            var floor = -System.Math.Log(1 - (l.Percentile / 100)) / 100 * 1000;
            Assert.Equal(floor, l.FloorMilliseconds!.Value, floor * 1e-6);
            Assert.True(l.TargetInfeasible);
        }
    }

    [Fact]
    public void Two_MM1_hops_in_series_have_the_hypoexponential_percentiles()
    {
        // Hop 1: μ = 100/s, hop 2: μ = 150/s, λ = 60/s: Exp(40) + Exp(90).
        var a = new ArchitectureBuilder();
        var front = a.App("Front").CapacityPerInstance(100).ServiceTime(10);
        var back = a.Worker("Back").CapacityPerInstance(150).ServiceTime(1000.0 / 150);
        a.Client("Users").Calls(front);
        front.Calls(back);
        var e = Designs.Evaluate(Designs.Problem(rate: 60, readRatio: 0.5, latency: Percentiles), a.Build());

        Assert.Equal(2 * Percentiles.Length, e.Latency.Count); // reads and writes take the same path
        foreach (var l in e.Latency)
        {
            var exact = HypoexponentialQuantile(40, 90, l.Percentile / 100) * 1000;
            Assert.Equal(exact, l.Milliseconds, exact * 1e-6);
        }
    }

    [Fact]
    public void Two_instances_behind_a_balancer_each_see_half_the_load()
    {
        // Two M/M/1 instances at λ = 60/s each: Exp(100 − 60) although the component carries 120/s.
        var a = new ArchitectureBuilder();
        var lb = a.LoadBalancer("LB").CapacityPerInstance(1e9).ServiceTime(1e-9);
        a.Client("Users").Calls(lb);
        lb.Calls(a.App("App").Instances(2).CapacityPerInstance(100).ServiceTime(10));
        var e = Designs.Evaluate(Designs.Problem(rate: 120, readRatio: 1, latency: Percentiles), a.Build());

        foreach (var l in e.Latency)
        {
            var exact = -System.Math.Log(1 - (l.Percentile / 100)) / 40 * 1000;
            Assert.Equal(exact, l.Milliseconds, exact * 1e-5);
        }
    }

    [Fact]
    public void A_saturated_component_makes_latency_unbounded_and_says_which()
    {
        var a = new ArchitectureBuilder();
        var app = a.App("App").CapacityPerInstance(100).ServiceTime(10);
        a.Client("Users").Calls(app);
        app.Writes(a.DbPrimary("DB").CapacityPerInstance(50).ServiceTime(20)); // 60 writes/s against 50
        var e = Designs.Evaluate(Designs.Problem(rate: 60, readRatio: 0, latency: [new(99, 200, "test")]), a.Build());

        var l = Assert.Single(e.Latency);
        Assert.True(double.IsPositiveInfinity(l.Milliseconds));
        Assert.True(double.IsFinite(l.FloorMilliseconds!.Value));
        var finding = e.Single(Rules.UnboundedLatency.Id);
        Assert.Contains("DB is saturated", finding.Message, StringComparison.Ordinal);
        Assert.True(double.IsPositiveInfinity(e.Component("DB").P99ResponseMs!.Value));
        Assert.Equal(GateStatus.Failed, e.Gates.Single(g => g.Gate == Gate.Latency).Status);
    }

    [Fact]
    public void A_target_below_the_service_times_is_infeasible_and_not_graded()
    {
        var a = new ArchitectureBuilder();
        a.Client("Users").Calls(a.App("App").Instances(20));
        var e = Designs.Evaluate(Designs.Problem(rate: 100, readRatio: 1, latency: [new(99, 0.000_5, "test: P99 < 0.5 µs")]), a.Build());

        var finding = e.Single(Rules.LatencyTargetInfeasible.Id);
        Assert.Equal(Severity.Info, finding.Severity);
        Assert.Empty(e.Findings(Rules.LatencyTargetMissed.Id));
        Assert.True(e.Latency.Single().TargetInfeasible);
        Assert.Equal(GateStatus.NotApplicable, e.Gates.Single(g => g.Gate == Gate.Latency).Status);
    }

    [Fact]
    public void A_missed_target_is_an_error_with_the_slowest_hop()
    {
        var a = new ArchitectureBuilder();
        a.Client("Users").Calls(a.App("App").CapacityPerInstance(100).ServiceTime(10));
        var e = Designs.Evaluate(Designs.Problem(rate: 90, readRatio: 1, latency: [new(99, 100, "test")]), a.Build());

        // Exp(10): P99 = ln(100)/10 s = 460.5 ms.
        var finding = e.Single(Rules.LatencyTargetMissed.Id);
        Assert.Contains("is 460.52 ms, over the 100 ms target", finding.Message, StringComparison.Ordinal);
        Assert.Contains("App P99 460.52 ms at 90%", finding.Message, StringComparison.Ordinal);
    }

    /// <summary>The p-quantile of Exp(a) + Exp(b), a ≠ b, by bisection on the closed-form CDF.</summary>
    private static double HypoexponentialQuantile(double a, double b, double p)
    {
        double Cdf(double t) => 1 - (((b * System.Math.Exp(-a * t)) - (a * System.Math.Exp(-b * t))) / (b - a));
        double lo = 0, hi = 1;
        while (Cdf(hi) < p)
        {
            hi *= 2;
        }

        for (var i = 0; i < 200; i++)
        {
            var mid = 0.5 * (lo + hi);
            if (Cdf(mid) < p)
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
