// Drafted by `sysdesign solve l6-existential-infrastructure-5` (src/SystemDesign.Solver); regenerate, do not hand-edit the counts.
#pragma warning disable SD2002 // Planetary System: 140,000,000 req/s offered, 938,354 × 150 = 140,753,100 req/s capacity (utilization 99.46%), less than the 20% headroom; 1,120,000 instances give 168,000,000 req/s, the 20% headroom (1.2 × 140,000,000 = 168,000,000).
namespace SystemDesign.Samples.ExistentialInfrastructure;

/// <summary>
/// Terraforming Infrastructure (l6-existential-infrastructure-5).
/// Goal: Design next-generation terraforming system achieving stellar engineering for global-scale deployment
/// Topology: built from the problem's palette (the catalog has no reference solution). Cheapest passing counts found: $65,778,244/month.
/// </summary>
[Design("l6-existential-infrastructure-5")]
public sealed class L6ExistentialInfrastructure5Design : IDesign
{
    public void Describe(ArchitectureBuilder a)
    {
        // 140,000,000 req/s × 1.2 headroom ÷ 1,000,000 per instance = 168 → 168
        var satelliteNetwork = a.Component("satellite_network", "Satellite Network").Instances(168);
        // 140,000,000 req/s × 1.2 headroom ÷ 1,000,000 per instance = 168 → 168
        var groundStation = a.Component("ground_station", "Ground Station").Instances(168);
        // 140,000,000 req/s × 1.2 headroom ÷ 1,000,000 per instance = 168 → 168
        var spaceRelay = a.Component("space_relay", "Space Relay").Instances(168);
        // 140,000,000 req/s × 1.2 headroom ÷ 150 per instance = 1120000 → 938354
        var planetarySystem = a.Component("planetary_system", "Planetary System").Instances(938354);

        satelliteNetwork.ConnectsTo(groundStation);
        groundStation.ConnectsTo(spaceRelay);
        spaceRelay.ConnectsTo(planetarySystem);
    }
}
