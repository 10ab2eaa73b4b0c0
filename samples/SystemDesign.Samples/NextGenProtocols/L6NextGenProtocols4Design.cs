// Drafted by `sysdesign solve l6-next-gen-protocols-4` (src/SystemDesign.Solver); regenerate, do not hand-edit the counts.
#pragma warning disable SD0020 // App Servers: type 'app' is not in the palette of l6-next-gen-protocols-4 (quantum_repeater, entanglement_source, protocol_engine, network_fabric).
#pragma warning disable SD2002 // App Servers: 130,000,000 req/s offered, 871,340 × 150 = 130,701,000 req/s capacity (utilization 99.46%), less than the 20% headroom; 1,040,000 instances give 156,000,000 req/s, the 20% headroom (1.2 × 130,000,000 = 156,000,000).
namespace SystemDesign.Samples.NextGenProtocols;

/// <summary>
/// Molecular Communication Infrastructure (l6-next-gen-protocols-4).
/// Goal: Design next-generation molecular communication system achieving faster-than-light communication for global-scale deployment
/// Topology: built from the problem's palette (the catalog has no reference solution). Cheapest passing counts found: $61,086,283/month.
/// </summary>
[Design("l6-next-gen-protocols-4")]
public sealed class L6NextGenProtocols4Design : IDesign
{
    public void Describe(ArchitectureBuilder a)
    {
        // 130,000,000 req/s × 1.2 headroom ÷ 1,000,000 per instance = 156 → 156
        var quantumRepeater = a.Component("quantum_repeater", "Quantum Repeater").Instances(156);
        // 130,000,000 req/s × 1.2 headroom ÷ 1,000,000 per instance = 156 → 156
        var entanglementSource = a.Component("entanglement_source", "Entanglement Source").Instances(156);
        // 130,000,000 req/s × 1.2 headroom ÷ 1,000,000 per instance = 156 → 156
        var protocolEngine = a.Component("protocol_engine", "Protocol Engine").Instances(156);
        // 130,000,000 req/s × 1.2 headroom ÷ 1,000,000 per instance = 156 → 156
        var networkFabric = a.Component("network_fabric", "Network Fabric").Instances(156);
        // 130,000,000 req/s × 1.2 headroom ÷ 150 per instance = 1040000 → 871340
        var appServers = a.Component("app", "App Servers").Instances(871340);

        quantumRepeater.ConnectsTo(entanglementSource);
        entanglementSource.ConnectsTo(protocolEngine);
        protocolEngine.ConnectsTo(networkFabric);
        networkFabric.ConnectsTo(appServers);
    }
}
