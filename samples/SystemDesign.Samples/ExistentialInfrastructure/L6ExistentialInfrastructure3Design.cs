// Drafted by `sysdesign solve l6-existential-infrastructure-3` (src/SystemDesign.Solver); regenerate, do not hand-edit the counts.
namespace SystemDesign.Samples.ExistentialInfrastructure;

/// <summary>
/// Dyson Spheres Infrastructure (l6-existential-infrastructure-3).
/// Goal: Design next-generation dyson spheres system achieving multiverse computing for global-scale deployment
/// Topology: built from the problem's palette (the catalog has no reference solution). Cheapest passing counts found: $67,292,568/month.
/// </summary>
[Design("l6-existential-infrastructure-3")]
public sealed class L6ExistentialInfrastructure3Design : IDesign
{
    public void Describe(ArchitectureBuilder a)
    {
        // 120,000,000 req/s × 1.2 headroom ÷ 1,000,000 per instance = 144 → 144
        var satelliteNetwork = a.Component("satellite_network", "Satellite Network").Instances(144);
        // 120,000,000 req/s × 1.2 headroom ÷ 1,000,000 per instance = 144 → 144
        var groundStation = a.Component("ground_station", "Ground Station").Instances(144);
        // 120,000,000 req/s × 1.2 headroom ÷ 1,000,000 per instance = 144 → 144
        var spaceRelay = a.Component("space_relay", "Space Relay").Instances(144);
        // 120,000,000 req/s × 1.2 headroom ÷ 150 per instance = 960000 → 960000
        var planetarySystem = a.Component("planetary_system", "Planetary System").Instances(960000);

        satelliteNetwork.ConnectsTo(groundStation);
        groundStation.ConnectsTo(spaceRelay);
        spaceRelay.ConnectsTo(planetarySystem);
    }
}
