// Drafted by `sysdesign solve l6-next-gen-protocols-2` (src/SystemDesign.Solver); regenerate, do not hand-edit the counts.
#pragma warning disable SD0020 // App Servers: type 'app' is not in the palette of l6-next-gen-protocols-2 (quantum_repeater, entanglement_source, protocol_engine, network_fabric).
namespace SystemDesign.Samples.NextGenProtocols;

/// <summary>
/// Interplanetary Internet Infrastructure (l6-next-gen-protocols-2).
/// Goal: Design next-generation interplanetary internet system achieving brain-to-brain networks for global-scale deployment
/// Topology: built from the problem's palette (the catalog has no reference solution). Cheapest passing counts found: $61,689,672/month.
/// </summary>
[Design("l6-next-gen-protocols-2")]
public sealed class L6NextGenProtocols2Design : IDesign
{
    public void Describe(ArchitectureBuilder a)
    {
        // 110,000,000 req/s × 1.2 headroom ÷ 1,000,000 per instance = 132 → 132
        var quantumRepeater = a.Component("quantum_repeater", "Quantum Repeater").Instances(132);
        // 110,000,000 req/s × 1.2 headroom ÷ 1,000,000 per instance = 132 → 132
        var entanglementSource = a.Component("entanglement_source", "Entanglement Source").Instances(132);
        // 110,000,000 req/s × 1.2 headroom ÷ 1,000,000 per instance = 132 → 132
        var protocolEngine = a.Component("protocol_engine", "Protocol Engine").Instances(132);
        // 110,000,000 req/s × 1.2 headroom ÷ 1,000,000 per instance = 132 → 132
        var networkFabric = a.Component("network_fabric", "Network Fabric").Instances(132);
        // 110,000,000 req/s × 1.2 headroom ÷ 150 per instance = 880000 → 880000
        var appServers = a.Component("app", "App Servers").Instances(880000);

        quantumRepeater.ConnectsTo(entanglementSource);
        entanglementSource.ConnectsTo(protocolEngine);
        protocolEngine.ConnectsTo(networkFabric);
        networkFabric.ConnectsTo(appServers);
    }
}
