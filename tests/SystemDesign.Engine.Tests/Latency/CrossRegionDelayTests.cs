using SystemDesign.Catalog;
using SystemDesign.Engine.Flow;
using SystemDesign.Engine.Latency;
using SystemDesign.Engine.Tests.Evaluation;
using SystemDesign.Model;

namespace SystemDesign.Engine.Tests.Latency;

/// <summary>
/// The network between regions on a path (issue 12, docs/engine.md "Network between regions"): a call whose two ends are
/// in different <c>Region(...)</c>s waits the round trip, twice the one-way delay; the one-way delay is the great-circle
/// distance at ITU-T G.114's 5 µs/km of optical fibre (haversine, R. W. Sinnott, Sky &amp; Telescope 68 (1984) 159), a
/// problem's <c>cross_region_latency_ms</c> where it states one, or 5,000 km for a region the table does not place.
/// </summary>
public sealed class CrossRegionDelayTests
{
    // N. Virginia (39.04 N, 77.49 W) to Dublin (53.35 N, 6.26 W): 5,461.5 km on a sphere of 6,371.0088 km.
    private const double VirginiaIrelandOneWayMs = 27.3077;

    [Fact]
    public void Two_known_regions_are_their_great_circle_distance_apart_in_fibre()
    {
        var oneWay = RegionDelays.For(Problem()).OneWay("us-east-1", "EU-WEST-1");

        Assert.Equal(VirginiaIrelandOneWayMs, oneWay.Value * 1000, 3);
        Assert.Contains("N. Virginia–Ireland 5,462 km great circle × 5 µs/km in fibre (ITU-T G.114)", oneWay.Source, System.StringComparison.Ordinal);
        Assert.Equal(oneWay.Value, RegionDelays.For(Problem()).OneWay("eu-west-1", "us-east-1").Value, 12);
        // N. Virginia to Singapore, 15,522 km: 77.6 ms one way.
        Assert.Equal(77.61, RegionDelays.For(Problem()).OneWay("us-east-1", "ap-southeast-1").Value * 1000, 2);
    }

    [Theory]
    [InlineData("us-east-1", "us-east-1")]
    [InlineData("us-east-1", " US-EAST-1 ")]
    [InlineData("us-east-1", null)]
    [InlineData(null, "eu-west-1")]
    public void One_region_or_an_unplaced_end_adds_nothing(string? a, string? b) =>
        Assert.Equal(0, RegionDelays.For(Problem()).OneWay(a, b).Value);

    [Fact]
    public void A_region_the_table_cannot_place_gets_the_default_distance_and_says_so()
    {
        var oneWay = RegionDelays.For(Problem()).OneWay("us-east-1", "moon-base-1");

        Assert.Equal(25, oneWay.Value * 1000, 9); // 5,000 km × 5 µs/km
        Assert.StartsWith("default: ", oneWay.Source, System.StringComparison.Ordinal);
    }

    [Fact]
    public void A_problem_that_states_its_cross_region_latency_is_taken_at_its_word()
    {
        // l5-migration-uber-multi-region: "cross_region_latency_ms": 100, a round trip.
        var problem = ProblemCatalog.BuiltIn.Find("l5-migration-uber-multi-region")!;

        var oneWay = RegionDelays.For(problem).OneWay("us-east-1", "eu-west-1");

        Assert.Equal(50, oneWay.Value * 1000, 9);
        Assert.Contains("cross_region_latency_ms", oneWay.Source, System.StringComparison.Ordinal);
    }

    [Theory]
    // NASA fact sheets: Mars at its nearest 54.6 million km, the Moon's perigee 363,300 km; geostationary altitude
    // 35,786 km. c = 299,792.458 km/s (SI).
    [InlineData("us-east-1", "mars", 182.1258)]
    [InlineData("Moon", "eu-west-1", 1.211838)]
    [InlineData("geo", "moon-base-1", 0.119368)]
    [InlineData("moon", "mars", 183.3377)] // relayed through the Earth
    public void A_place_off_the_Earth_is_its_light_time_away(string a, string b, double seconds)
    {
        var oneWay = RegionDelays.For(Problem()).OneWay(a, b);

        Assert.Equal(seconds, oneWay.Value, 3);
        Assert.StartsWith("light-time: ", oneWay.Source, System.StringComparison.Ordinal);
    }

    [Fact]
    public void A_replica_on_the_Moon_adds_two_light_times_to_every_read()
    {
        var local = Assert.Single(Grade("us-east-1").Latency, l => l.RequestClass == "read");
        var lunar = Assert.Single(Grade("moon").Latency, l => l.RequestClass == "read");

        Assert.Equal(2 * 1211.838, lunar.Milliseconds - local.Milliseconds, 0.01);
    }

    [Fact]
    public void A_read_that_crosses_regions_once_is_shifted_by_the_round_trip()
    {
        var local = Grade("us-east-1");
        var remote = Grade("eu-west-1");

        var localReads = Assert.Single(local.Latency, l => l.RequestClass == "read");
        var remoteReads = Assert.Single(remote.Latency, l => l.RequestClass == "read");
        // Every read crosses once (app in us-east-1, replica in eu-west-1) and the loads do not depend on placement:
        // the distribution moves by exactly the round trip, so every percentile does.
        // The round trip is kept in whole microseconds (54.615 ms), so equal totals merge exactly.
        Assert.Equal(2 * VirginiaIrelandOneWayMs, remoteReads.Milliseconds - localReads.Milliseconds, 0.002);
        Assert.Equal(54.615, remoteReads.NetworkMilliseconds, 9);
        Assert.Equal(0, localReads.NetworkMilliseconds);
        // The writes go to the primary in us-east-1: no network time.
        Assert.Equal(0, Assert.Single(remote.Latency, l => l.RequestClass == "write").NetworkMilliseconds);
    }

    [Fact]
    public void The_network_time_is_part_of_the_no_queueing_floor_and_the_finding_says_how_much()
    {
        var remote = Grade("ap-southeast-1", targetMs: 100);

        var finding = Assert.Single(remote.Findings, f => f.RuleId == Rules.LatencyTargetInfeasible.Id);
        Assert.Contains("of which 155.22 ms on average is the network between regions", finding.Message, System.StringComparison.Ordinal);
    }

    [Fact]
    public void A_router_that_sends_half_across_regions_mixes_a_shifted_and_an_unshifted_distribution()
    {
        // Two identical app components behind one balancer, at equal load: placed together, each read's time has one
        // CDF F; with one of them in Ireland, half the reads wait the round trip d more: F(t)/2 + F(t − d)/2.
        var together = Paths("us-east-1");
        var apart = Paths("eu-west-1");
        var d = 0.054615; // the round trip in whole microseconds

        foreach (var t in new[] { 0.010, 0.030, d + 0.002, d + 0.010, d + 0.050 })
        {
            var expected = (0.5 * together.Paths.At(together.Entries[0], RequestClass.Read, t, false).Cdf)
                + (t > d ? 0.5 * together.Paths.At(together.Entries[0], RequestClass.Read, t - d, false).Cdf : 0);
            Assert.Equal(expected, apart.Paths.At(apart.Entries[0], RequestClass.Read, t, false).Cdf, 9);
        }

        Assert.Equal(d / 2, apart.Paths.NetworkMean(apart.Entries[0], RequestClass.Read), 9);
    }

    private static Problem Problem(double targetMs = 1000, double rate = 1000) =>
        ProblemCatalog.BuiltIn.Find(Designs.Blog)! with
        {
            Workload = new Workload
            {
                RequestRate = new Sourced(rate, "test"),
                ReadRatio = new Sourced(0.9, "test"),
                LatencyTargets = [new LatencyTarget(95, targetMs, "P95 < " + targetMs + "ms", LatencyClasses.All)],
            },
        };

    private static Results.Evaluation Grade(string replicaRegion, double targetMs = 1000)
    {
        var a = new ArchitectureBuilder(Designs.Blog);
        var lb = a.LoadBalancer("Load Balancer").Region("us-east-1");
        var app = a.App("App Servers").Instances(20).Region("us-east-1");
        a.Client("Blog Readers").Region("us-east-1").Calls(lb);
        lb.Calls(app);
        app.Writes(a.DbPrimary("Primary DB").Region("us-east-1"));
        app.Reads(a.DbReplica("Read Replica").Instances(2).Region(replicaRegion));
        return Grader.Grade(Problem(targetMs), a.Build(), ProblemCatalog.BuiltIn.Components);
    }

    private static PathFixture Paths(string secondAppRegion)
    {
        var a = new ArchitectureBuilder(Designs.Blog);
        var lb = a.LoadBalancer("Load Balancer").Region("us-east-1");
        var east = a.App("East Apps").Instances(10).Region("us-east-1");
        var second = a.App("Second Apps").Instances(10).Region(secondAppRegion);
        a.Client("Blog Readers").Region("us-east-1").Calls(lb);
        lb.Calls(east);
        lb.Calls(second);
        var primary = a.DbPrimary("Primary DB");
        east.Writes(primary);
        second.Writes(primary);
        east.Reads(primary);
        second.Reads(primary);
        return PathFixture.For(Problem(rate: 100), a.Build()); // 100 req/s: no hop saturated
    }
}
