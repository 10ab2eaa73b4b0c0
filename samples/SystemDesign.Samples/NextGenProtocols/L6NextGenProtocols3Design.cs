// Drafted by `sysdesign solve l6-next-gen-protocols-3` (src/SystemDesign.Solver); regenerate, do not hand-edit the counts.
#pragma warning disable SD0020 // App Servers: type 'app' is not in the palette of l6-next-gen-protocols-3 (quantum_repeater, entanglement_source, protocol_engine, network_fabric).
namespace SystemDesign.Samples.NextGenProtocols;

/// <summary>
/// 6G/7G Networks Infrastructure (l6-next-gen-protocols-3).
/// Goal: Design next-generation 6G/7G networks system achieving holographic data transfer for global-scale deployment
/// Topology: built from the problem's palette (the catalog has no reference solution). Cheapest passing counts found: $67,297,824/month.
/// </summary>
[Design("l6-next-gen-protocols-3")]
public sealed class L6NextGenProtocols3Design : IDesign
{
    public void Describe(ArchitectureBuilder a)
    {
        // 120,000,000 req/s × 1.2 headroom ÷ 1,000,000 per instance = 144 → 144
        var quantumRepeater = a.Component("quantum_repeater", "Quantum Repeater").Instances(144);
        // 120,000,000 req/s × 1.2 headroom ÷ 1,000,000 per instance = 144 → 144
        var entanglementSource = a.Component("entanglement_source", "Entanglement Source").Instances(144);
        // 120,000,000 req/s × 1.2 headroom ÷ 1,000,000 per instance = 144 → 144
        var protocolEngine = a.Component("protocol_engine", "Protocol Engine").Instances(144);
        // 120,000,000 req/s × 1.2 headroom ÷ 1,000,000 per instance = 144 → 144
        var networkFabric = a.Component("network_fabric", "Network Fabric").Instances(144);
        // 120,000,000 req/s × 1.2 headroom ÷ 150 per instance = 960000 → 960000
        var appServers = a.Component("app", "App Servers").Instances(960000);

        quantumRepeater.ConnectsTo(entanglementSource);
        entanglementSource.ConnectsTo(protocolEngine);
        protocolEngine.ConnectsTo(networkFabric);
        networkFabric.ConnectsTo(appServers);
    }
}
