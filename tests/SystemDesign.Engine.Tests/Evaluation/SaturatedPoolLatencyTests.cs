using System.Linq;
using SystemDesign.Catalog;
using SystemDesign.Model;

namespace SystemDesign.Engine.Tests.Evaluation;

/// <summary>
/// A connection pool over its capacity (SD7009) saturates the hop behind it (docs/engine.md, "Connection pools"): the
/// wait for a connection grows without limit, so the latency through it is unbounded and SD3003 blames the pool. Found
/// by the monotonicity property on more samples: with the wait left out, one app instance whose pool could not keep up
/// showed a P99 of 66 ms, and two, whose pools could, 172 ms.
/// </summary>
public sealed class SaturatedPoolLatencyTests
{
    // 360 writes/s; one connection per app instance held 5 ms carries at most 200 calls/s: one instance cannot keep up,
    // two (180 each, 90% busy) can.
    private static Results.Evaluation Evaluate(int apps)
    {
        var a = new ArchitectureBuilder();
        var app = a.App("App").Instances(apps).CapacityPerInstance(1000).ConnectionPool(1).ConnectionHoldTime(5);
        a.Client("Users").Calls(app);
        app.Writes(a.DbPrimary("Primary").Instances(4).CapacityPerInstance(5000));
        return Designs.Evaluate(Designs.Problem(rate: 360, readRatio: 0, latency: [new LatencyTarget(99, 400, "test")]), a.Build());
    }

    [Fact]
    public void A_pool_that_cannot_keep_up_makes_the_latency_unbounded_and_is_named()
    {
        var e = Evaluate(1);

        Assert.NotEmpty(e.Findings(Rules.PoolBelowConcurrency.Id));
        Assert.True(double.IsPositiveInfinity(e.Latency.Single().Milliseconds));
        var unbounded = Assert.Single(e.Findings(Rules.UnboundedLatency.Id));
        Assert.Contains("is unbounded: the connection pool of App to Primary cannot keep up", unbounded.Message, System.StringComparison.Ordinal);
        Assert.DoesNotContain("Primary is saturated", unbounded.Message, System.StringComparison.Ordinal);
    }

    [Fact]
    public void One_more_caller_instance_that_steadies_the_pool_brings_the_latency_back_and_never_raises_it()
    {
        var e = Evaluate(2);

        Assert.Empty(e.Findings(Rules.PoolBelowConcurrency.Id));
        Assert.True(double.IsFinite(e.Latency.Single().Milliseconds));
        Assert.Empty(e.Findings(Rules.UnboundedLatency.Id));
    }
}
