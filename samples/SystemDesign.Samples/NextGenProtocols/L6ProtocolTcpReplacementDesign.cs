// Drafted by `sysdesign solve l6-protocol-tcp-replacement` (src/SystemDesign.Solver); regenerate, do not hand-edit the counts.
#pragma warning disable SD0020 // App Servers: type 'app' is not in the palette of l6-protocol-tcp-replacement (rdma_engine, multipath_scheduler, congestion_controller, memory_semantic_layer, quantum_channel).
namespace SystemDesign.Samples.NextGenProtocols;

/// <summary>
/// Post-TCP Protocol for Exascale (l6-protocol-tcp-replacement).
/// Goal: Design transport protocol replacing TCP for exascale computing and quantum networks
/// Topology: built from the problem's palette (the catalog has no reference solution). Cheapest passing counts found: $465/month.
/// </summary>
[Design("l6-protocol-tcp-replacement")]
public sealed class L6ProtocolTcpReplacementDesign : IDesign
{
    public void Describe(ArchitectureBuilder a)
    {
        // at 1: SD4002 RDMA Engine is a single point of failure: its load needs 1 of its 1 instance, so losing any one stops requests (99.95% available, registry rdma_engine: AWS T... → 2
        var rDMAEngine = a.Component("rdma_engine", "RDMA Engine").Instances(2);
        // at 1: SD4002 Multipath Scheduler is a single point of failure: its load needs 1 of its 1 instance, so losing any one stops requests (99.99% available, registry multipath_... → 2
        var multipathScheduler = a.Component("multipath_scheduler", "Multipath Scheduler").Instances(2);
        // at 1: SD4002 Congestion Controller is a single point of failure: its load needs 1 of its 1 instance, so losing any one stops requests (99.95% available, registry congesti... → 2
        var congestionController = a.Component("congestion_controller", "Congestion Controller").Instances(2);
        // at 1: SD4002 Memory Semantic Layer is a single point of failure: its load needs 1 of its 1 instance, so losing any one stops requests (99.95% available, registry memory_s... → 2
        var memorySemanticLayer = a.Component("memory_semantic_layer", "Memory Semantic Layer").Instances(2);
        // at 1: SD4002 Quantum Channel is a single point of failure: its load needs 1 of its 1 instance, so losing any one stops requests (99.95% available, registry quantum_channe... → 2
        var quantumChannel = a.Component("quantum_channel", "Quantum Channel").Instances(2);
        // at 1: SD4002 App Servers is a single point of failure: its load needs 1 of its 1 instance, so losing any one stops requests (99.5% available, registry app: AWS EC2 SLA, i... → 2
        var appServers = a.Component("app", "App Servers").Instances(2);

        rDMAEngine.ConnectsTo(multipathScheduler);
        multipathScheduler.ConnectsTo(congestionController);
        congestionController.ConnectsTo(memorySemanticLayer);
        memorySemanticLayer.ConnectsTo(quantumChannel);
        quantumChannel.ConnectsTo(appServers);
    }
}
