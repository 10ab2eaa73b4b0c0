// Drafted by `sysdesign solve l6-protocol-quantum-internet` (src/SystemDesign.Solver); regenerate, do not hand-edit the counts.
#pragma warning disable SD0020 // App Servers: type 'app' is not in the palette of l6-protocol-quantum-internet (quantum_repeater, entanglement_source, quantum_memory, bell_measurement, classical_channel).
namespace SystemDesign.Samples.NextGenProtocols;

/// <summary>
/// Quantum Internet Protocol Suite (l6-protocol-quantum-internet).
/// Goal: Create protocol stack enabling quantum communication between quantum computers globally
/// Topology: built from the problem's palette (the catalog has no reference solution). Cheapest passing counts found: $572/month.
/// </summary>
[Design("l6-protocol-quantum-internet")]
public sealed class L6ProtocolQuantumInternetDesign : IDesign
{
    public void Describe(ArchitectureBuilder a)
    {
        // at 1: SD4002 Quantum Repeater is a single point of failure: its load needs 1 of its 1 instance, so losing any one stops requests (99.95% available, registry quantum_repea... → 2
        var quantumRepeater = a.Component("quantum_repeater", "Quantum Repeater").Instances(2);
        // at 1: SD4002 Entanglement Source is a single point of failure: its load needs 1 of its 1 instance, so losing any one stops requests (99.95% available, registry entangleme... → 2
        var entanglementSource = a.Component("entanglement_source", "Entanglement Source").Instances(2);
        // at 1: SD4002 Bell Measurement is a single point of failure: its load needs 1 of its 1 instance, so losing any one stops requests (99.95% available, registry bell_measurem... → 2
        var bellMeasurement = a.Component("bell_measurement", "Bell Measurement").Instances(2);
        // at 1: SD4002 Classical Channel is a single point of failure: its load needs 1 of its 1 instance, so losing any one stops requests (99.95% available, registry classical_ch... → 2
        var classicalChannel = a.Component("classical_channel", "Classical Channel").Instances(2);
        // at 1: SD4002 App Servers is a single point of failure: its load needs 1 of its 1 instance, so losing any one stops requests (99.5% available, registry app: AWS EC2 SLA, i... → 2
        var appServers = a.Component("app", "App Servers").Instances(2);
        // at 1: SD4002 Quantum Memory is a single point of failure: its load needs 1 of its 1 instance, so losing any one stops requests (99.5% available, registry quantum_memory: ... → 2
        var quantumMemory = a.Component("quantum_memory", "Quantum Memory").Instances(2);

        quantumRepeater.ConnectsTo(entanglementSource);
        entanglementSource.ConnectsTo(bellMeasurement);
        bellMeasurement.ConnectsTo(classicalChannel);
        classicalChannel.ConnectsTo(appServers);
        appServers.Publishes(quantumMemory);
        appServers.Consumes(quantumMemory);
    }
}
