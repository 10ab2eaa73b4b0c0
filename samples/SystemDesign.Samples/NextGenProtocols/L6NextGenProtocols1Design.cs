// Drafted by `sysdesign solve l6-next-gen-protocols-1` (src/SystemDesign.Solver); regenerate, do not hand-edit the counts.
#pragma warning disable SD0020 // App Servers: type 'app' is not in the palette of l6-next-gen-protocols-1 (quantum_repeater, entanglement_source, protocol_engine, network_fabric).
namespace SystemDesign.Samples.NextGenProtocols;

/// <summary>
/// Quantum Networking Infrastructure (l6-next-gen-protocols-1).
/// Goal: Design next-generation quantum networking system achieving faster-than-light communication for global-scale deployment
/// Topology: built from the problem's palette (the catalog has no reference solution). Cheapest passing counts found: $56,081,520/month.
/// </summary>
[Design("l6-next-gen-protocols-1")]
public sealed class L6NextGenProtocols1Design : IDesign
{
    public void Describe(ArchitectureBuilder a)
    {
        // 100,000,000 req/s × 1.2 headroom ÷ 1,000,000 per instance = 120 → 120
        var quantumRepeater = a.Component("quantum_repeater", "Quantum Repeater").Instances(120);
        // 100,000,000 req/s × 1.2 headroom ÷ 1,000,000 per instance = 120 → 120
        var entanglementSource = a.Component("entanglement_source", "Entanglement Source").Instances(120);
        // 100,000,000 req/s × 1.2 headroom ÷ 1,000,000 per instance = 120 → 120
        var protocolEngine = a.Component("protocol_engine", "Protocol Engine").Instances(120);
        // 100,000,000 req/s × 1.2 headroom ÷ 1,000,000 per instance = 120 → 120
        var networkFabric = a.Component("network_fabric", "Network Fabric").Instances(120);
        // 100,000,000 req/s × 1.2 headroom ÷ 150 per instance = 800000 → 800000
        var appServers = a.Component("app", "App Servers").Instances(800000);

        quantumRepeater.ConnectsTo(entanglementSource);
        entanglementSource.ConnectsTo(protocolEngine);
        protocolEngine.ConnectsTo(networkFabric);
        networkFabric.ConnectsTo(appServers);
    }
}
