// Drafted by `sysdesign solve l6-next-gen-protocols-15` (src/SystemDesign.Solver); regenerate, do not hand-edit the counts.
#pragma warning disable SD0020 // App Servers: type 'app' is not in the palette of l6-next-gen-protocols-15 (quantum_repeater, entanglement_source, protocol_engine, network_fabric).
#pragma warning disable SD4002 // App Servers is a single point of failure: its load needs 1,600,000 instances and it has 1,000,000, so losing any one stops requests (0% available, registry app: AWS EC2 SLA, instance-level: 99.5% per single instance). With 1,608,273 instances it is 99.51%. Every constraint on App Servers at once ...
namespace SystemDesign.Samples.NextGenProtocols;

/// <summary>
/// Neuromorphic Protocols Infrastructure (l6-next-gen-protocols-15).
/// Goal: Design next-generation neuromorphic protocols system achieving holographic data transfer for global-scale deployment
/// Topology: built from the problem's palette (the catalog has no reference solution). Cheapest passing counts found: $70,122,048/month.
/// Not applicable: the capacity gate (infeasible target): The target rate, 240,000,000 req/s (NFR Throughput: 240M operations per second), needs 1,920,000 instances of App Servers at the registry's 150 req/s each with headroom; SD0015 bounds one component at 1,000,000 instances, so no component of this palette carries it. The design holds App Servers at...
/// Not applicable: the latency gate (infeasible target): Follows from the infeasible capacity target: App Servers, held at SD0015's 1,000,000 instances, is saturated at the target rate; its queue grows without bound, so no percentile target can be met.
/// Not applicable: the availability gate (infeasible target): Follows from the infeasible capacity target: App Servers, held at SD0015's 1,000,000 instances, is saturated at the target rate; a saturated component serves no request in the engine's availability model.
/// Not applicable: the resilience gate (infeasible target): Follows from the infeasible capacity target: App Servers, held at SD0015's 1,000,000 instances, is saturated at the target rate; no instance loss, cache loss or burst can be survived by a component already past its capacity.
/// </summary>
[Design("l6-next-gen-protocols-15")]
public sealed class L6NextGenProtocols15Design : IDesign
{
    public void Describe(ArchitectureBuilder a)
    {
        // 240,000,000 req/s × 1.2 headroom ÷ 1,000,000 per instance = 288 → 288
        var quantumRepeater = a.Component("quantum_repeater", "Quantum Repeater").Instances(288);
        // 240,000,000 req/s × 1.2 headroom ÷ 1,000,000 per instance = 288 → 288
        var entanglementSource = a.Component("entanglement_source", "Entanglement Source").Instances(288);
        // 240,000,000 req/s × 1.2 headroom ÷ 1,000,000 per instance = 288 → 288
        var protocolEngine = a.Component("protocol_engine", "Protocol Engine").Instances(288);
        // 240,000,000 req/s × 1.2 headroom ÷ 1,000,000 per instance = 288 → 288
        var networkFabric = a.Component("network_fabric", "Network Fabric").Instances(288);
        // 240,000,000 req/s × 1.2 headroom ÷ 150 per instance = 1920000; held at 1,000,000, the most SD0015 accepts for one component: the rest is the infeasible target the problem records → 1000000
        var appServers = a.Component("app", "App Servers").Instances(1000000);

        quantumRepeater.ConnectsTo(entanglementSource);
        entanglementSource.ConnectsTo(protocolEngine);
        protocolEngine.ConnectsTo(networkFabric);
        networkFabric.ConnectsTo(appServers);
    }
}
