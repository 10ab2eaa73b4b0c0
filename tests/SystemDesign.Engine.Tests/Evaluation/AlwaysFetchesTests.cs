namespace SystemDesign.Engine.Tests.Evaluation;

/// <summary>
/// Edges that always fetch (issue 9): a CDN origin fetches every CDN miss from the object store, even beside a
/// look-aside cache it keeps for something else; by default a store read beside a look-aside cache sees its misses.
/// </summary>
public sealed class AlwaysFetchesTests
{
    // Users → CDN (90% hits) → Origin; the origin reads a look-aside cache (80% hits) and the object store.
    private static Results.Evaluation Images(bool alwaysFetches)
    {
        var a = new ArchitectureBuilder();
        var cdn = a.Cdn("CDN").HitRate(0.9);
        var origin = a.App("Origin").Instances(2);
        var images = a.ObjectStore("Images");
        a.Client("Users").Reads(cdn);
        cdn.Reads(origin);
        origin.Reads(a.Cache("Sessions").HitRate(0.8));
        var fetch = origin.Reads(images);
        if (alwaysFetches)
        {
            fetch.AlwaysFetches();
        }

        return Designs.Evaluate(Designs.Problem(rate: 10_000, readRatio: 1), a.Build());
    }

    [Fact]
    public void A_store_read_beside_a_look_aside_cache_sees_only_its_misses_by_default()
    {
        var e = Images(alwaysFetches: false);
        Assert.Equal(10_000 * 0.1 * 0.2, e.Component("Images").ReadRps, 9);
    }

    [Fact]
    public void An_edge_that_always_fetches_gets_every_read_that_reaches_its_source()
    {
        var e = Images(alwaysFetches: true);
        Assert.Equal(10_000 * 0.1, e.Component("Origin").ReadRps, 9);
        Assert.Equal(10_000 * 0.1, e.Component("Images").ReadRps, 9); // every CDN miss
        Assert.Equal(10_000 * 0.1, e.Component("Sessions").ReadRps, 9);

        // Availability follows the same routing: a read needs the store whatever the cache hits.
        var served = e.Component("CDN").ComponentAvailability
            * (0.9 + (0.1 * e.Component("Origin").ComponentAvailability * e.Component("Images").ComponentAvailability));
        Assert.Equal(served, e.Availability, 12);
    }

    [Fact]
    public void The_flag_travels_from_the_builder_to_the_model()
    {
        var a = new ArchitectureBuilder();
        var app = a.App("App");
        app.Reads(a.ObjectStore("Store")).AlwaysFetches();
        app.Reads(a.DbReplica("Replica"));
        var built = a.Build();
        Assert.True(built.Connections[0].AlwaysFetches);
        Assert.False(built.Connections[1].AlwaysFetches);
    }
}
