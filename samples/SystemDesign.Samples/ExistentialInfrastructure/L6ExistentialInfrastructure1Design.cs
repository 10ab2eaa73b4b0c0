// Drafted by `sysdesign solve l6-existential-infrastructure-1` (src/SystemDesign.Solver); regenerate, do not hand-edit the counts.
namespace SystemDesign.Samples.ExistentialInfrastructure;

/// <summary>
/// Planetary Defense Infrastructure (l6-existential-infrastructure-1).
/// Goal: Design next-generation planetary defense system achieving galactic internet for global-scale deployment
/// Topology: built from the problem's palette (the catalog has no reference solution). Cheapest passing counts found: $56,077,140/month.
/// </summary>
[Design("l6-existential-infrastructure-1")]
public sealed class L6ExistentialInfrastructure1Design : IDesign
{
    public void Describe(ArchitectureBuilder a)
    {
        // 100,000,000 req/s × 1.2 headroom ÷ 1,000,000 per instance = 120 → 120
        var satelliteNetwork = a.Component("satellite_network", "Satellite Network").Instances(120);
        // 100,000,000 req/s × 1.2 headroom ÷ 1,000,000 per instance = 120 → 120
        var groundStation = a.Component("ground_station", "Ground Station").Instances(120);
        // 100,000,000 req/s × 1.2 headroom ÷ 1,000,000 per instance = 120 → 120
        var spaceRelay = a.Component("space_relay", "Space Relay").Instances(120);
        // 100,000,000 req/s × 1.2 headroom ÷ 150 per instance = 800000 → 800000
        var planetarySystem = a.Component("planetary_system", "Planetary System").Instances(800000);

        satelliteNetwork.ConnectsTo(groundStation);
        groundStation.ConnectsTo(spaceRelay);
        spaceRelay.ConnectsTo(planetarySystem);
    }
}
