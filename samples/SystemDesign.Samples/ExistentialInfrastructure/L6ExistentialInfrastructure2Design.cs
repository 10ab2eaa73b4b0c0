// Drafted by `sysdesign solve l6-existential-infrastructure-2` (src/SystemDesign.Solver); regenerate, do not hand-edit the counts.
namespace SystemDesign.Samples.ExistentialInfrastructure;

/// <summary>
/// Asteroid Mining Infrastructure (l6-existential-infrastructure-2).
/// Goal: Design next-generation asteroid mining system achieving stellar engineering for global-scale deployment
/// Topology: built from the problem's palette (the catalog has no reference solution). Cheapest passing counts found: $61,684,854/month.
/// </summary>
[Design("l6-existential-infrastructure-2")]
public sealed class L6ExistentialInfrastructure2Design : IDesign
{
    public void Describe(ArchitectureBuilder a)
    {
        // 110,000,000 req/s × 1.2 headroom ÷ 1,000,000 per instance = 132 → 132
        var satelliteNetwork = a.Component("satellite_network", "Satellite Network").Instances(132);
        // 110,000,000 req/s × 1.2 headroom ÷ 1,000,000 per instance = 132 → 132
        var groundStation = a.Component("ground_station", "Ground Station").Instances(132);
        // 110,000,000 req/s × 1.2 headroom ÷ 1,000,000 per instance = 132 → 132
        var spaceRelay = a.Component("space_relay", "Space Relay").Instances(132);
        // 110,000,000 req/s × 1.2 headroom ÷ 150 per instance = 880000 → 880000
        var planetarySystem = a.Component("planetary_system", "Planetary System").Instances(880000);

        satelliteNetwork.ConnectsTo(groundStation);
        groundStation.ConnectsTo(spaceRelay);
        spaceRelay.ConnectsTo(planetarySystem);
    }
}
