using System.Linq;
using SystemDesign.Catalog;
using SystemDesign.Engine.Tests.Evaluation;

namespace SystemDesign.Engine.Tests.Latency;

/// <summary>
/// Space links (issue 9, "light-time for space links"): a registry link type that crosses to a place off the Earth
/// (<c>"crosses"</c>) adds that place's light-time there and back to every call through it, from the same table as a
/// <c>Region(...)</c> off the Earth (<see cref="SpacePlaces"/>). Distances: geostationary altitude 35,786 km (NASA Earth
/// Observatory), Starlink's 550 km shell (SpaceX FCC filing), Mars at its nearest 54.6 million km (NASA Mars Fact
/// Sheet); c = 299,792.458 km/s (SI).
/// </summary>
public sealed class SpaceLinkTests
{
    [Theory]
    [InlineData("satellite_backup", 2 * 35_786 / 299_792.458)]
    [InlineData("satellite_network", 2 * 550 / 299_792.458)]
    [InlineData("satellite_mesh", 2 * 550 / 299_792.458)]
    [InlineData("space_relay", 2 * 54_600_000 / 299_792.458)]
    public void A_call_through_a_space_link_waits_its_light_time_there_and_back(string link, double roundTripSeconds)
    {
        var ground = Latency("network_fabric");
        var space = Latency(link);

        // The same hop (network_fabric: the network kind's figures, as the links have) but for the fixed delay: every percentile and the floor move by it.
        Assert.Equal(ground.Milliseconds + (roundTripSeconds * 1000), space.Milliseconds, 0.01 * System.Math.Max(1, roundTripSeconds));
        // The no-queueing floor (reported for a missed target) moves by it too: no count makes the light faster.
        var (groundFloor, spaceFloor) = (Latency("network_fabric", targetMs: 0.001).FloorMilliseconds!.Value, Latency(link, targetMs: 0.001).FloorMilliseconds!.Value);
        Assert.Equal(groundFloor + (roundTripSeconds * 1000), spaceFloor, 0.01 * System.Math.Max(1, roundTripSeconds));
    }

    [Fact]
    public void The_link_s_light_time_is_the_one_of_a_region_at_the_same_place()
    {
        var registry = ProblemCatalog.BuiltIn.Components;
        Assert.Equal("geostationary orbit", registry.Resolve("satellite_backup")!.Crosses!.Name);
        Assert.Same(SpacePlaces.Find("geo"), registry.Resolve("satellite_backup")!.Crosses);
        Assert.Equal(
            Engine.Latency.RegionDelays.For(Problem()).OneWay("us-east-1", "geo").Value,
            Engine.Latency.RegionDelays.LinkOneWay(SpacePlaces.Find("geo")!).Value,
            12);
    }

    [Fact]
    public void A_type_on_the_ground_that_states_a_place_is_a_catalog_error()
    {
        var json = """
            {"headroom": {"value": 1.2, "source": "t"}, "hoursPerMonth": {"value": 730, "source": "t"},
             "kinds": [{"kind": "network", "role": "forwarder", "defaults": {}}],
             "types": [{"type": "uplink", "kind": "network", "crosses": "jupiter", "title": "Uplink"}]}
            """;

        var error = Assert.Throws<Catalog.Loading.CatalogFormatException>(() => Catalog.Loading.RegistryReader.Read(json, "components.json"));
        Assert.Contains("\"geo\"", error.Message, System.StringComparison.Ordinal);
        Assert.Contains("crosses", error.Message, System.StringComparison.Ordinal);
    }

    private static Results.LatencyResult Latency(string link, double targetMs = 1_000_000_000)
    {
        var a = new ArchitectureBuilder(Designs.Blog);
        var hop = a.Component(link, "Link");
        a.Client("Users").Calls(hop);
        hop.Calls(a.App("App").Instances(20));
        return Grader.Grade(Problem(targetMs), a.Build(), ProblemCatalog.BuiltIn.Components).Latency.Single(l => l.RequestClass == "read");
    }

    private static Problem Problem(double targetMs = 1_000_000_000) =>
        ProblemCatalog.BuiltIn.Find(Designs.Blog)! with
        {
            Workload = new Workload
            {
                RequestRate = new Sourced(1000, "test"),
                ReadRatio = new Sourced(0.9, "test"),
                LatencyTargets = [new LatencyTarget(95, targetMs, "P95 < " + targetMs + " ms", LatencyClasses.All)],
            },
        };
}
