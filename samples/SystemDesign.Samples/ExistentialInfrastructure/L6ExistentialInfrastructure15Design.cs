// Drafted by `sysdesign solve l6-existential-infrastructure-15` (src/SystemDesign.Solver); regenerate, do not hand-edit the counts.
#pragma warning disable SD4002 // Planetary System is a single point of failure: its load needs 1,600,000 instances and it has 1,000,000, so losing any one stops requests (0% available, registry planetary_system: AWS EC2 SLA, instance-level: 99.5% per single instance). With 1,608,273 instances it is 99.51%. Every constraint on Pl...
namespace SystemDesign.Samples.ExistentialInfrastructure;

/// <summary>
/// Terraforming Infrastructure (l6-existential-infrastructure-15).
/// Goal: Design next-generation terraforming system achieving multiverse computing for global-scale deployment
/// Topology: built from the problem's palette (the catalog has no reference solution). Cheapest passing counts found: $70,111,536/month.
/// Not applicable: the capacity gate (infeasible target): The target rate, 240,000,000 req/s (NFR Throughput: 240M operations per second), needs 1,920,000 instances of Planetary System at the registry's 150 req/s each with headroom; SD0015 bounds one component at 1,000,000 instances, so no component of this palette carries it. The design holds Planetary...
/// Not applicable: the latency gate (infeasible target): Follows from the infeasible capacity target: Planetary System, held at SD0015's 1,000,000 instances, is saturated at the target rate; its queue grows without bound, so no percentile target can be met.
/// Not applicable: the availability gate (infeasible target): Follows from the infeasible capacity target: Planetary System, held at SD0015's 1,000,000 instances, is saturated at the target rate; a saturated component serves no request in the engine's availability model.
/// Not applicable: the resilience gate (infeasible target): Follows from the infeasible capacity target: Planetary System, held at SD0015's 1,000,000 instances, is saturated at the target rate; no instance loss, cache loss or burst can be survived by a component already past its capacity.
/// </summary>
[Design("l6-existential-infrastructure-15")]
public sealed class L6ExistentialInfrastructure15Design : IDesign
{
    public void Describe(ArchitectureBuilder a)
    {
        // 240,000,000 req/s × 1.2 headroom ÷ 1,000,000 per instance = 288 → 288
        var satelliteNetwork = a.Component("satellite_network", "Satellite Network").Instances(288);
        // 240,000,000 req/s × 1.2 headroom ÷ 1,000,000 per instance = 288 → 288
        var groundStation = a.Component("ground_station", "Ground Station").Instances(288);
        // 240,000,000 req/s × 1.2 headroom ÷ 1,000,000 per instance = 288 → 288
        var spaceRelay = a.Component("space_relay", "Space Relay").Instances(288);
        // 240,000,000 req/s × 1.2 headroom ÷ 150 per instance = 1920000; held at 1,000,000, the most SD0015 accepts for one component: the rest is the infeasible target the problem records → 1000000
        var planetarySystem = a.Component("planetary_system", "Planetary System").Instances(1000000);

        satelliteNetwork.ConnectsTo(groundStation);
        groundStation.ConnectsTo(spaceRelay);
        spaceRelay.ConnectsTo(planetarySystem);
    }
}
