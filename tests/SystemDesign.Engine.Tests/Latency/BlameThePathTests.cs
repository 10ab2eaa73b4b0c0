using System;
using System.Linq;
using SystemDesign.Catalog;
using SystemDesign.Engine.Tests.Evaluation;
using SystemDesign.Model;

namespace SystemDesign.Engine.Tests.Latency;

/// <summary>
/// Blame the path (issue 9): SD3001's slowest hops and SD3003's saturated components are those the failing entry's
/// and request class's requests pass through, never a component they do not visit; SD3003 is said once per entry and
/// class, not once per percentile.
/// </summary>
public sealed class BlameThePathTests
{
    [Fact]
    public void A_missed_target_names_only_the_hops_of_the_slow_entrys_own_path()
    {
        // Two clients with disjoint paths: Users' app is fast, Admins' is slow (M/M/1 at 50 ms, half busy: P99 460 ms, floor 230 ms).
        // A P99 of 300 ms is
        // missed by Admins only, and its slowest hops are its own: Fast is busy too but no admin request visits it.
        var a = new ArchitectureBuilder();
        a.Client("Users").Calls(a.App("Fast").CapacityPerInstance(1000).ServiceTime(1));
        a.Client("Admins").Calls(a.App("Slow").CapacityPerInstance(20).ServiceTime(50));
        var e = Designs.Evaluate(Designs.Problem(rate: 20, readRatio: 1, latency: [new(99, 300, "test")]), a.Build());

        var missed = e.Single(Rules.LatencyTargetMissed.Id);
        Assert.Equal("Admins", missed.Component);
        Assert.Contains("Slowest hops: Slow P99", missed.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("Fast", missed.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_missed_read_target_names_no_hop_that_only_writes_visit()
    {
        // Reads go to ReadStore, writes to WriteStore (slower per request, busier): the reads' slowest hops leave it out.
        var a = new ArchitectureBuilder();
        var app = a.App("App").CapacityPerInstance(10_000).ServiceTime(0.1);
        a.Client("Users").Calls(app);
        app.Reads(a.DbPrimary("ReadStore").CapacityPerInstance(20).ServiceTime(50));
        app.Writes(a.DbPrimary("WriteStore").CapacityPerInstance(12).ServiceTime(83));
        LatencyTarget[] targets = [new(99, 300, "reads", LatencyClasses.Reads)];
        var e = Designs.Evaluate(Designs.Problem(rate: 20, readRatio: 0.5, latency: targets), a.Build());

        var missed = e.Single(Rules.LatencyTargetMissed.Id);
        Assert.StartsWith("P99 of reads from Users", missed.Message, StringComparison.Ordinal);
        Assert.Contains("ReadStore", missed.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("WriteStore", missed.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_missed_write_target_gives_advice_for_writes_not_reads()
    {
        // The same split stores, the target on writes: the writes' finding names WriteStore and advises a queue, not a
        // cache (a cache takes no write off the path).
        var a = new ArchitectureBuilder();
        var app = a.App("App").CapacityPerInstance(10_000).ServiceTime(0.1);
        a.Client("Users").Calls(app);
        app.Reads(a.DbPrimary("ReadStore").CapacityPerInstance(20).ServiceTime(50));
        app.Writes(a.DbPrimary("WriteStore").CapacityPerInstance(12).ServiceTime(83));
        LatencyTarget[] targets = [new(99, 2000, "writes", LatencyClasses.Writes)]; // P99 2,302.69 ms, floor 383.86 ms
        var e = Designs.Evaluate(Designs.Problem(rate: 20, readRatio: 0.5, latency: targets), a.Build());

        var missed = e.Single(Rules.LatencyTargetMissed.Id);
        Assert.StartsWith("P99 of writes from Users", missed.Message, StringComparison.Ordinal);
        Assert.Contains("WriteStore", missed.Message, StringComparison.Ordinal);
        Assert.EndsWith("a queue takes writes off the request path.", missed.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("a cache takes reads", missed.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Unbounded_reads_name_the_saturated_component_of_reads_only()
    {
        // Both stores are saturated, each by its own class: the reads' SD3003 names ReadStore, the writes' WriteStore.
        var a = new ArchitectureBuilder();
        var app = a.App("App").CapacityPerInstance(10_000).ServiceTime(0.1);
        a.Client("Users").Calls(app);
        app.Reads(a.DbPrimary("ReadStore").CapacityPerInstance(5).ServiceTime(200));
        app.Writes(a.DbPrimary("WriteStore").CapacityPerInstance(5).ServiceTime(200));
        var e = Designs.Evaluate(Designs.Problem(rate: 20, readRatio: 0.5, latency: [new(99, 100, "test")]), a.Build());

        var unbounded = e.Findings(Rules.UnboundedLatency.Id);
        Assert.Equal(2, unbounded.Length);
        var reads = Assert.Single(unbounded, f => f.Message.StartsWith("P99 of reads", StringComparison.Ordinal));
        var writes = Assert.Single(unbounded, f => f.Message.StartsWith("P99 of writes", StringComparison.Ordinal));
        Assert.Contains("ReadStore is saturated", reads.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("WriteStore", reads.Message, StringComparison.Ordinal);
        Assert.Contains("WriteStore is saturated", writes.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("ReadStore", writes.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Unbounded_latency_is_one_finding_per_entry_and_class_not_one_per_percentile()
    {
        // Three targets on one saturated path: every percentile is infinite at once, said once with all three named.
        var a = new ArchitectureBuilder();
        var app = a.App("App").CapacityPerInstance(100).ServiceTime(10);
        a.Client("Users").Calls(app);
        app.Writes(a.DbPrimary("DB").CapacityPerInstance(50).ServiceTime(20));
        LatencyTarget[] targets = [new(50, 100, "test"), new(95, 150, "test"), new(99, 200, "test")];
        var e = Designs.Evaluate(Designs.Problem(rate: 60, readRatio: 0, latency: targets), a.Build());

        Assert.Equal(3, e.Latency.Count(l => double.IsPositiveInfinity(l.Milliseconds)));
        var finding = e.Single(Rules.UnboundedLatency.Id);
        Assert.StartsWith("P50, P95, P99 of writes from Users are unbounded: DB is saturated", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_missed_read_target_skips_the_hops_behind_a_cache_that_never_misses()
    {
        // A cache with a 100% hit rate sends no read on: the store behind it, busy with the writes, is not one of the
        // reads' hops although it is on the design's synchronous path.
        var a = new ArchitectureBuilder();
        var app = a.App("App").CapacityPerInstance(40).ServiceTime(25);
        a.Client("Users").Calls(app);
        var cache = a.Cache("Cache").HitRate(1).CapacityPerInstance(100_000).ServiceTime(0.5);
        var store = a.DbPrimary("Store").CapacityPerInstance(10).ServiceTime(100);
        app.Reads(cache);
        cache.Reads(store);
        app.Writes(store);
        LatencyTarget[] targets = [new(99, 150, "reads", LatencyClasses.Reads)];
        var e = Designs.Evaluate(Designs.Problem(rate: 18, readRatio: 0.5, latency: targets), a.Build());

        var missed = e.Single(Rules.LatencyTargetMissed.Id);
        Assert.Contains("Slowest hops: App P99", missed.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("Store", missed.Message, StringComparison.Ordinal);
    }
}
