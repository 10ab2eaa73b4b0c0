// Drafted by `sysdesign solve iot-device-cache` (src/SystemDesign.Solver); regenerate, do not hand-edit the counts.
namespace SystemDesign.Samples.Caching;

/// <summary>
/// IoT Device State Cache (iot-device-cache).
/// Goal: Query device state in &lt;20ms despite spotty connectivity.
/// Topology: the catalog's reference solution. Cheapest passing counts found: $519,713/month.
/// </summary>
[Design("iot-device-cache")]
public sealed class IotDeviceCacheDesign : IDesign
{
    public void Describe(ArchitectureBuilder a)
    {
        // the workload's source: users outside the system, not sized or billed
        var devicesApps = a.Component("redirect_client", "Devices + Apps");
        // 700,000 req/s × 1.2 headroom ÷ 85,000 per instance = 10 → 10
        var loadBalancer = a.Component("lb", "Load Balancer").Instances(10);
        // 700,000 req/s × 1.2 headroom ÷ 150 per instance = 5600 → 5600
        var shadowService = a.Component("app", "Shadow Service").Instances(5600);
        // 500,000 req/s × 1.2 headroom ÷ 100,000 per instance = 6; every constraint at once needs 7 (N+1: 500,000 ÷ 100,000 req/s below 100%, plus one instance to lose) → 7
        var shadowCache = a.Component("cache", "Shadow Cache").Instances(7).Parameter("hit_rate", 0.87);
        // 265,000 req/s × 1.2 headroom ÷ 1,000 per instance = 318; every constraint at once needs 701 (Shadow Cache cold: 700,000 ÷ 1,000 req/s below 100%) → 701
        var shadowDB = a.Component("db_primary", "Shadow DB").Instances(701);
        // 200,000 req/s × 1.2 headroom ÷ 10,000 per instance = 24 → 24
        var stateEvents = a.Component("stream", "State Events").Instances(24).Parameter("partitions", 240);
        // 200,000 req/s × 1.2 headroom ÷ 1,000 per instance = 240 → 240
        var aggregation = a.Component("worker", "Aggregation").Instances(240);

        devicesApps.ConnectsTo(loadBalancer);
        loadBalancer.ConnectsTo(shadowService);
        shadowService.ConnectsTo(shadowCache);
        shadowService.ConnectsTo(shadowDB);
        shadowService.ConnectsTo(stateEvents);
        stateEvents.ConnectsTo(aggregation);
    }
}
