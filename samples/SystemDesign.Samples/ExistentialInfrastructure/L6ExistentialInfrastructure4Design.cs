// Drafted by `sysdesign solve l6-existential-infrastructure-4` (src/SystemDesign.Solver); regenerate, do not hand-edit the counts.
#pragma warning disable SD2002 // Planetary System: 130,000,000 req/s offered, 871,340 × 150 = 130,701,000 req/s capacity (utilization 99.46%), less than the 20% headroom; 1,040,000 instances give 156,000,000 req/s, the 20% headroom (1.2 × 130,000,000 = 156,000,000).
namespace SystemDesign.Samples.ExistentialInfrastructure;

/// <summary>
/// Generation Ships Infrastructure (l6-existential-infrastructure-4).
/// Goal: Design next-generation generation ships system achieving galactic internet for global-scale deployment
/// Topology: built from the problem's palette (the catalog has no reference solution). Cheapest passing counts found: $61,080,589/month.
/// </summary>
[Design("l6-existential-infrastructure-4")]
public sealed class L6ExistentialInfrastructure4Design : IDesign
{
    public void Describe(ArchitectureBuilder a)
    {
        // 130,000,000 req/s × 1.2 headroom ÷ 1,000,000 per instance = 156 → 156
        var satelliteNetwork = a.Component("satellite_network", "Satellite Network").Instances(156);
        // 130,000,000 req/s × 1.2 headroom ÷ 1,000,000 per instance = 156 → 156
        var groundStation = a.Component("ground_station", "Ground Station").Instances(156);
        // 130,000,000 req/s × 1.2 headroom ÷ 1,000,000 per instance = 156 → 156
        var spaceRelay = a.Component("space_relay", "Space Relay").Instances(156);
        // 130,000,000 req/s × 1.2 headroom ÷ 150 per instance = 1040000 → 871340
        var planetarySystem = a.Component("planetary_system", "Planetary System").Instances(871340);

        satelliteNetwork.ConnectsTo(groundStation);
        groundStation.ConnectsTo(spaceRelay);
        spaceRelay.ConnectsTo(planetarySystem);
    }
}
