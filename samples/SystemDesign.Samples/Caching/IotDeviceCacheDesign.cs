// Drafted by `sysdesign solve iot-device-cache` (src/SystemDesign.Solver); regenerate, do not hand-edit the counts.
namespace SystemDesign.Samples.Caching;

/// <summary>
/// IoT Device State Cache (iot-device-cache).
/// Goal: Query device state in &lt;20ms despite spotty connectivity.
/// Topology: the catalog's reference solution. Cheapest passing counts found: $504,810/month.
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
        // 500,000 req/s × 1.2 headroom ÷ 100,000 per instance = 6 → 6
        var shadowCache = a.Component("cache", "Shadow Cache").Instances(6).Parameter("hit_rate", 0.87);
        // 265,000 req/s × 1.2 headroom ÷ 1,000 per instance = 318; at 699: SD6002 If Shadow Cache is lost or cold (hit rate 87% → 0), Shadow DB goes from 265,000 to 700,000 req/s against 699,000 req/s capacity (100.1%); 700 instances carry it → 700
        var shadowDB = a.Component("db_primary", "Shadow DB").Instances(700);
        // 200,000 req/s × 1.2 headroom ÷ 10,000 per instance = 24 → 24
        var stateEvents = a.Component("stream", "State Events").Instances(24).Parameter("partitions", 300);
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
