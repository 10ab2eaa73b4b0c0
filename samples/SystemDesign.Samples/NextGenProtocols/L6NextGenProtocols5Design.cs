// Drafted by `sysdesign solve l6-next-gen-protocols-5` (src/SystemDesign.Solver); regenerate, do not hand-edit the counts.
#pragma warning disable SD0020 // App Servers: type 'app' is not in the palette of l6-next-gen-protocols-5 (quantum_repeater, entanglement_source, protocol_engine, network_fabric).
#pragma warning disable SD2002 // App Servers: 140,000,000 req/s offered, 938,354 × 150 = 140,753,100 req/s capacity (utilization 99.46%), less than the 20% headroom; 1,120,000 instances give 168,000,000 req/s, the 20% headroom (1.2 × 140,000,000 = 168,000,000).
namespace SystemDesign.Samples.NextGenProtocols;

/// <summary>
/// Neuromorphic Protocols Infrastructure (l6-next-gen-protocols-5).
/// Goal: Design next-generation neuromorphic protocols system achieving brain-to-brain networks for global-scale deployment
/// Topology: built from the problem's palette (the catalog has no reference solution). Cheapest passing counts found: $65,784,376/month.
/// </summary>
[Design("l6-next-gen-protocols-5")]
public sealed class L6NextGenProtocols5Design : IDesign
{
    public void Describe(ArchitectureBuilder a)
    {
        // 140,000,000 req/s × 1.2 headroom ÷ 1,000,000 per instance = 168 → 168
        var quantumRepeater = a.Component("quantum_repeater", "Quantum Repeater").Instances(168);
        // 140,000,000 req/s × 1.2 headroom ÷ 1,000,000 per instance = 168 → 168
        var entanglementSource = a.Component("entanglement_source", "Entanglement Source").Instances(168);
        // 140,000,000 req/s × 1.2 headroom ÷ 1,000,000 per instance = 168 → 168
        var protocolEngine = a.Component("protocol_engine", "Protocol Engine").Instances(168);
        // 140,000,000 req/s × 1.2 headroom ÷ 1,000,000 per instance = 168 → 168
        var networkFabric = a.Component("network_fabric", "Network Fabric").Instances(168);
        // 140,000,000 req/s × 1.2 headroom ÷ 150 per instance = 1120000 → 938354
        var appServers = a.Component("app", "App Servers").Instances(938354);

        quantumRepeater.ConnectsTo(entanglementSource);
        entanglementSource.ConnectsTo(protocolEngine);
        protocolEngine.ConnectsTo(networkFabric);
        networkFabric.ConnectsTo(appServers);
    }
}
