using System.Globalization;
using System.Linq;
using SystemDesign.Catalog;
using SystemDesign.Engine.Math;
using SystemDesign.Engine.Results;
using SystemDesign.Model;

namespace SystemDesign.Engine.Tests.Evaluation;

/// <summary>
/// Failure scenarios re-check latency and availability, not only capacity (docs/engine.md, "Failures"). The single-hop
/// designs have a closed form: the end-to-end time is one M/M/c response time, whose percentile is
/// Gross &amp; Harris, Fundamentals of Queueing Theory, 4th ed., §2.3 (<see cref="MmcQueue"/>, checked against published
/// tables in MmcQueueTests). App: 100 req/s per instance with a 50 ms service time, so c = 100 × 0.05 = 5 servers
/// of μ = 20/s per instance (docs/engine.md, "Latency").
/// </summary>
public sealed class ScenarioRecheckTests
{
    private const double Mu = 20;
    private const int Servers = 5;

    [Fact]
    public void Losing_one_instance_that_pushes_the_p99_over_its_target_is_slower_not_broken()
    {
        // 240 req/s on 4 instances: 60 each (ρ = 0.6); with one lost, 80 each (ρ = 0.8), still within capacity.
        var normal = P99Ms(60);
        var lost = P99Ms(80);
        var target = (normal + lost) / 2;
        var e = Designs.Evaluate(Designs.Problem(rate: 240, readRatio: 1, latency: [new LatencyTarget(99, target, "test")]), SingleHop(4));

        var finding = Assert.Single(e.Findings(Rules.ScenarioLatencyMissed.Id));
        Assert.Equal(Severity.Warning, finding.Severity);
        Assert.Equal("App", finding.Component);
        Assert.Contains($"goes from {Ms(normal)} ms to {Ms(lost)} ms, over the {Ms(target)} ms target", finding.Message, System.StringComparison.Ordinal);
        Assert.Contains("(60% → 80% busy)", finding.Message, System.StringComparison.Ordinal);

        // The fix's figure: with 5, losing one leaves 4 at 60 req/s each, the normal P99, within the target.
        Assert.EndsWith("With 5 instances, losing one keeps every target.", finding.Message, System.StringComparison.Ordinal);
        Assert.Equal("5", finding.Properties["instances"]);

        var scenario = e.Scenarios.Single(s => s.Name.StartsWith("lose one instance", System.StringComparison.Ordinal));
        Assert.True(scenario.Holds);
        Assert.Single(scenario.Slower);
        var resilience = e.Gates.Single(g => g.Gate == Gate.Resilience);
        Assert.Equal(GateStatus.Passed, resilience.Status);
        Assert.Contains("1 holds more slowly than a latency target (SD6004)", resilience.Summary, System.StringComparison.Ordinal);
    }

    [Fact]
    public void A_target_the_loss_still_meets_gives_no_finding()
    {
        var lost = P99Ms(80);
        var e = Designs.Evaluate(Designs.Problem(rate: 240, readRatio: 1, latency: [new LatencyTarget(99, lost * 1.01, "test")]), SingleHop(4));

        Assert.Empty(e.Findings(Rules.ScenarioLatencyMissed.Id));
        Assert.All(e.Scenarios, s => Assert.Empty(s.Slower));
    }

    [Fact]
    public void A_target_missed_in_normal_operation_is_not_reported_again_by_the_scenarios()
    {
        var e = Designs.Evaluate(Designs.Problem(rate: 240, readRatio: 1, latency: [new LatencyTarget(99, P99Ms(60) * 0.9, "test")]), SingleHop(4));

        // (SD3001, or SD3003 when even the no-queueing floor misses it: either way the normal figure's finding.)
        Assert.False(e.Latency.Single().MeetsTarget);
        Assert.Empty(e.Findings(Rules.ScenarioLatencyMissed.Id));
    }

    [Fact]
    public void The_peak_re_checks_latency_at_the_peak_load()
    {
        // 120 req/s on 4 instances: 30 each (ρ = 0.3); the 2.5× peak gives 75 each (ρ = 0.75), within capacity.
        var normal = P99Ms(30);
        var peak = P99Ms(75);
        var target = (normal + peak) / 2;
        var e = Designs.Evaluate(Designs.Problem(rate: 120, readRatio: 1, peak: 2.5, latency: [new LatencyTarget(99, target, "test")]), SingleHop(4));

        var finding = Assert.Single(e.Findings(Rules.ScenarioLatencyMissed.Id), f => f.Message.StartsWith("At the peak", System.StringComparison.Ordinal));
        Assert.Null(finding.Component);
        Assert.Contains($"At the peak (2.5 × the target rate) P99 of reads from Users goes from {Ms(normal)} ms to {Ms(peak)} ms", finding.Message, System.StringComparison.Ordinal);
        Assert.True(e.Scenarios.Single(s => s.Name.StartsWith("peak burst", System.StringComparison.Ordinal)).Holds);
    }

    [Fact]
    public void Losing_an_instance_that_overloads_the_rest_says_what_fraction_is_still_served()
    {
        // 120 req/s on 2 instances of 100: one left carries 100 of 120, so 100 ÷ 120 = 83.3% of requests are served.
        var e = Designs.Evaluate(Designs.Problem(rate: 120, readRatio: 1, availability: 0.999), SingleHop(2));

        var finding = Assert.Single(e.Findings(Rules.InstanceLossOverload.Id));
        Assert.Contains("so 83.3% of requests are served while it lasts", finding.Message, System.StringComparison.Ordinal);
        Assert.False(e.Scenarios.Single(s => s.Name.StartsWith("lose one instance", System.StringComparison.Ordinal)).Holds);
    }

    [Fact]
    public void A_cold_cache_re_checks_latency_with_every_read_going_through()
    {
        // 70 reads/s: a 90% cache leaves the app 7 req/s (ρ = 0.07); cold, the app takes all 70 (ρ = 0.7), within its
        // 100 req/s. The P99 moves from the cache's mixture to the app's queue.
        var a = new ArchitectureBuilder();
        var cache = a.Cache("Cache").HitRate(0.9).Instances(2);
        var app = a.App("App").CapacityPerInstance(100).ServiceTime(50);
        a.Client("Users").Reads(cache);
        cache.Reads(app);
        var problem = Designs.Problem(rate: 70, readRatio: 1, latency: [new LatencyTarget(99, 1000, "test")]);
        var generous = Designs.Evaluate(problem, a.Build());
        var normal = generous.Latency.Single().Milliseconds;
        Assert.Empty(generous.Findings(Rules.ScenarioLatencyMissed.Id));

        var tight = Designs.Evaluate(Designs.Problem(rate: 70, readRatio: 1, latency: [new LatencyTarget(99, normal * 1.5, "test")]), a.Build());

        var finding = Assert.Single(tight.Findings(Rules.ScenarioLatencyMissed.Id));
        Assert.Equal("Cache", finding.Component);
        Assert.StartsWith("If Cache is lost or cold (hit rate 90% → 0), P99 of reads from Users goes from", finding.Message, System.StringComparison.Ordinal);
        Assert.Empty(tight.Findings(Rules.CacheLossOverload.Id));
        Assert.True(tight.Scenarios.Single(s => s.Name.StartsWith("lose Cache", System.StringComparison.Ordinal)).Holds);
    }

    [Fact]
    public void A_cold_cache_that_misses_a_target_proposes_the_smallest_count_that_keeps_it_and_requires_it()
    {
        // As above: cold, the one app instance takes all 70 reads/s (ρ = 0.7). The target lies between the cold path's
        // no-queueing floor (one Exp(50 ms) hop: P99 = 50 ms × ln 100 = 230.3 ms) and its P99 with the queue at 70%, so
        // more app instances bring the cold P99 back under it; the finding names the fewest that do, and that count
        // joins App's required count, so a fix or the solver passes the scenario too.
        var target = ((50 * System.Math.Log(100)) + P99Ms(70)) / 2;
        var problem = Designs.Problem(rate: 70, readRatio: 1, latency: [new LatencyTarget(99, target, "test")]);
        var tight = Designs.Evaluate(problem, ColdCacheDesign(1));

        Assert.True(tight.Latency.Single().MeetsTarget);
        var finding = Assert.Single(tight.Findings(Rules.ScenarioLatencyMissed.Id));
        Assert.True(finding.Properties.ContainsKey("instances:App"), finding.Message);
        var proposed = int.Parse(finding.Properties["instances:App"], CultureInfo.InvariantCulture);
        Assert.True(proposed >= 2, finding.Message);
        Assert.Contains($"With App at {proposed} instances every target holds while it is cold.", finding.Message, System.StringComparison.Ordinal);
        Assert.Equal(proposed, tight.Component("App").RequiredInstances);
        Assert.Equal("the latency targets with Cache cold", tight.Component("App").RequiredBecause);

        // The fewest: one fewer still misses the target while the cache is cold, the proposed count keeps it.
        Assert.Single(Designs.Evaluate(problem, ColdCacheDesign(proposed - 1)).Findings(Rules.ScenarioLatencyMissed.Id));
        var fixedDesign = Designs.Evaluate(problem, ColdCacheDesign(proposed));
        Assert.Empty(fixedDesign.Findings(Rules.ScenarioLatencyMissed.Id));
        Assert.All(fixedDesign.Scenarios, s => Assert.Empty(s.Slower));
    }

    [Fact]
    public void A_cold_cache_whose_path_misses_a_target_without_queueing_says_no_count_keeps_it()
    {
        // Cold, every read waits one Exp(50 ms) app hop: its P99 is at least 50 ms × ln 100 = 230.3 ms however many
        // instances share the load (the no-queueing floor). A 200 ms target the warm cache meets is then out of reach
        // of any count: the finding says so and proposes none, rather than "more instances behind it".
        var problem = Designs.Problem(rate: 70, readRatio: 1, latency: [new LatencyTarget(99, 200, "test")]);
        var e = Designs.Evaluate(problem, ColdCacheDesign(1));

        Assert.True(e.Latency.Single().MeetsTarget);
        var finding = Assert.Single(e.Findings(Rules.ScenarioLatencyMissed.Id));
        Assert.Contains("No instance count keeps the target", finding.Message, System.StringComparison.Ordinal);
        Assert.DoesNotContain("More instances", finding.Message, System.StringComparison.Ordinal);
        Assert.DoesNotContain(finding.Properties.Keys, k => k.StartsWith("instances", System.StringComparison.Ordinal));
        Assert.NotEqual("the latency targets with Cache cold", e.Component("App").RequiredBecause);
    }

    [Fact]
    public void The_peak_that_misses_a_target_proposes_the_count_that_keeps_it()
    {
        // As The_peak_re_checks_latency_at_the_peak_load: 4 instances at 75 req/s each at the peak; 5 bring them to 60,
        // whose P99 is under a target between the normal and the peak one, 4 do not.
        var target = (P99Ms(30) + P99Ms(75)) / 2;
        Assert.True(P99Ms(60) < target);
        var problem = Designs.Problem(rate: 120, readRatio: 1, peak: 2.5, latency: [new LatencyTarget(99, target, "test")]);
        var e = Designs.Evaluate(problem, SingleHop(4));

        var finding = Assert.Single(e.Findings(Rules.ScenarioLatencyMissed.Id), f => f.Message.StartsWith("At the peak", System.StringComparison.Ordinal));
        Assert.Equal("5", finding.Properties["instances:App"]);
        Assert.EndsWith("With App at 5 instances every target holds at the peak.", finding.Message, System.StringComparison.Ordinal);
        Assert.DoesNotContain(Designs.Evaluate(problem, SingleHop(5)).Findings(Rules.ScenarioLatencyMissed.Id), f => f.Message.StartsWith("At the peak", System.StringComparison.Ordinal));
    }

    [Fact]
    public void The_scenarios_latency_work_is_bounded_and_says_so()
    {
        var target = (P99Ms(60) + P99Ms(80)) / 2;
        var problem = Designs.Problem(rate: 240, readRatio: 1, latency: [new LatencyTarget(99, target, "test")]);
        var e = Grader.Grade(problem, SingleHop(4), ProblemCatalog.BuiltIn.Components, new EngineOptions { MaxScenarioLatencyWork = 1 });

        Assert.Empty(e.Findings(Rules.ScenarioLatencyMissed.Id));
        Assert.Contains(e.Findings(Rules.LatencyNotComputed.Id), f => f.Message.Contains("re-checked in the first 0 failure scenarios", System.StringComparison.Ordinal));
    }

    private static Architecture ColdCacheDesign(int apps)
    {
        var a = new ArchitectureBuilder();
        var cache = a.Cache("Cache").HitRate(0.9).Instances(2);
        var app = a.App("App").Instances(apps).CapacityPerInstance(100).ServiceTime(50);
        a.Client("Users").Reads(cache);
        cache.Reads(app);
        return a.Build();
    }

    private static Architecture SingleHop(int instances)
    {
        var a = new ArchitectureBuilder();
        a.Client("Users").Calls(a.App("App").Instances(instances).CapacityPerInstance(100).ServiceTime(50));
        return a.Build();
    }

    private static double P99Ms(double perInstance) => MmcQueue.Create(perInstance, Mu, Servers).ResponseTimePercentile(0.99) * 1000;

    // As the engine prints milliseconds: thousands separators, up to two decimals, invariant culture.
    private static string Ms(double value) => value.ToString("#,0.##", CultureInfo.InvariantCulture);
}
