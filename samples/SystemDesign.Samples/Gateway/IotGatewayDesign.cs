// Drafted by `sysdesign solve iot-gateway` (src/SystemDesign.Solver); regenerate, do not hand-edit the counts.
#pragma warning disable SD7001 // Device Shadow gets no traffic: nothing connects it to a client. Connect it from the component that uses it (an edge such as Calls, Reads or Writes to Device Shadow) or remove it.
namespace SystemDesign.Samples.Gateway;

/// <summary>
/// IoT Device Gateway (iot-gateway).
/// Goal: Handle 10M+ IoT devices at scale.
/// Topology: the catalog's reference solution. Cheapest passing counts found: $4,523,410/month.
/// </summary>
[Design("iot-gateway")]
public sealed class IotGatewayDesign : IDesign
{
    public void Describe(ArchitectureBuilder a)
    {
        // the workload's source: users outside the system, not sized or billed
        var ioTDevices = a.Component("create_client", "IoT Devices");
        // 5,000,000 req/s × 1.2 headroom ÷ 85,000 per instance = 71 → 71
        var loadBalancer = a.Component("lb", "Load Balancer").Instances(71);
        // 5,000,000 req/s × 1.2 headroom ÷ 150 per instance = 40000; every constraint at once needs 43664 (the latency targets with one instance lost); tier T0 needs ≥ 200 app → 43664
        var ioTGateway = a.Component("app", "IoT Gateway").Instances(43664);
        // one instance carries the load and no requirement asks for more → 1
        var deviceShadow = a.Component("cache", "Device Shadow").Instances(1);
        // 5,000,000 req/s × 1.2 headroom ÷ 10,000 per instance = 600; every constraint at once needs 741 (the latency targets with one instance lost); at 747: SD6004 IoT Gateway: losing one of 43,664 IoT Gateway (76.3% → 76.3% busy): P95 of writes from IoT Devices goes from 99.99 ms to 100 ms, over the 100...
        var telemetryStream = a.Component("stream", "Telemetry Stream").Instances(748).Parameter("partitions", 6000);
        // 5,000,000 req/s × 1.2 headroom ÷ 10,000 per instance = 600; every constraint at once needs 601 (the latency targets with one instance lost) → 601
        var offlineQueue = a.Component("queue", "Offline Queue").Instances(601);
        // 5,000,000 req/s × 1.2 headroom ÷ 1,000 per instance = 6000; every constraint at once needs 6001 (the latency targets with one instance lost) → 6001
        var deviceRegistry = a.Component("db_primary", "Device Registry").Instances(6001);
        // 5,000,000 req/s × 1.2 headroom ÷ 1,000 per instance = 6000 → 6000
        var messageProcessors = a.Component("worker", "Message Processors").Instances(6000);

        ioTDevices.ConnectsTo(loadBalancer);
        loadBalancer.ConnectsTo(ioTGateway);
        ioTGateway.ConnectsTo(deviceShadow);
        ioTGateway.ConnectsTo(telemetryStream);
        ioTGateway.ConnectsTo(offlineQueue);
        ioTGateway.ConnectsTo(deviceRegistry);
        telemetryStream.ConnectsTo(messageProcessors);
    }
}
