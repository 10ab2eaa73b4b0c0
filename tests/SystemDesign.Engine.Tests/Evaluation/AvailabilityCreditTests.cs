using SystemDesign.Model;

namespace SystemDesign.Engine.Tests.Evaluation;

/// <summary>
/// Availability credits what the flow credits (issue 9): a CDN or cache hit needs only the cache, a look-aside cache
/// that is down sends its reads on to the stores, and a component whose only load is replication keeps no request
/// waiting. Each test fails on the engine before the change, which made every read need everything behind a cache.
/// </summary>
public sealed class AvailabilityCreditTests
{
    [Fact]
    public void An_inline_CDN_hit_needs_only_the_CDN()
    {
        var a = new ArchitectureBuilder();
        var cdn = a.Cdn("CDN").HitRate(0.9).Availability(0.99);
        var origin = a.App("Origin").CapacityPerInstance(100_000).Availability(0.995);
        var images = a.ObjectStore("Images").Availability(0.999);
        a.Client("Users").Reads(cdn);
        cdn.Reads(origin);
        origin.Reads(images);
        var e = Designs.Evaluate(Designs.Problem(rate: 1000, readRatio: 1), a.Build());

        // P = a_CDN·(h + (1 − h)·a_origin·a_images): a hit is served by the CDN alone.
        var behind = e.Component("Origin").ComponentAvailability * e.Component("Images").ComponentAvailability;
        var expected = e.Component("CDN").ComponentAvailability * (0.9 + (0.1 * behind));
        Assert.Equal(expected, e.Availability, 12);
        Assert.True(e.Availability > e.Component("CDN").ComponentAvailability * behind, "hits no longer need the origin");
    }

    [Fact]
    public void A_look_aside_cache_hit_needs_only_the_cache_and_its_outage_sends_reads_to_the_store()
    {
        var a = new ArchitectureBuilder();
        var app = a.App("App").CapacityPerInstance(100_000).Availability(0.999);
        a.Client("Users").Calls(app);
        app.Reads(a.Cache("Cache").HitRate(0.8).Availability(0.99));
        app.Reads(a.DbReplica("Replica").Availability(0.995));
        app.Writes(a.DbPrimary("Primary").Availability(0.995));
        var e = Designs.Evaluate(Designs.Problem(rate: 100, readRatio: 1), a.Build());

        // P = a_app·(H + (1 − H)·a_replica), H = a_cache·h: a hit needs the cache up, anything else the replica.
        var hit = e.Component("Cache").ComponentAvailability * 0.8;
        var expected = e.Component("App").ComponentAvailability * (hit + ((1 - hit) * e.Component("Replica").ComponentAvailability));
        Assert.Equal(expected, e.Availability, 12);
    }

    [Fact]
    public void A_replica_whose_only_load_is_replication_is_neither_a_single_point_of_failure_nor_among_the_weakest()
    {
        // Every request is a write: the replica behind the read edge only applies the primary's writes.
        var a = new ArchitectureBuilder();
        var app = a.App("App").Instances(3).CapacityPerInstance(100_000);
        var primary = a.DbPrimary("Primary").Instances(2).Availability(0.99);
        var replica = a.DbReplica("Replica").Availability(0.9);
        a.Client("Users").Calls(app);
        app.Writes(primary);
        app.Reads(replica);
        primary.ReplicatesTo(replica);
        var e = Designs.Evaluate(Designs.Problem(rate: 100, readRatio: 0, availability: 0.99999), a.Build());

        Assert.True(e.Component("Replica").OfferedRps > 0, "the replica applies the writes");
        Assert.DoesNotContain("Replica", e.SinglePointsOfFailure);
        Assert.Empty(e.Findings(Rules.SinglePointOfFailure.Id, "Replica"));
        var below = e.Single(Rules.AvailabilityBelowTarget.Id);
        Assert.DoesNotContain("Replica", below.Message, System.StringComparison.Ordinal);
    }
}
