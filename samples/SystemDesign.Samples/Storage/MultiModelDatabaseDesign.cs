// Drafted by `sysdesign solve multi-model-database` (src/SystemDesign.Solver); regenerate, do not hand-edit the counts.
namespace SystemDesign.Samples.Storage;

/// <summary>
/// Amazon DynamoDB Clone (multi-model-database).
/// Goal: Build DynamoDB-scale multi-model database.
/// Topology: the catalog's reference solution. Cheapest passing counts found: $287,091,455/month (budget $200,000,000).
/// Not applicable: the capacity gate (infeasible target): The peak, 10 × 28,000,000 = 280,000,000 req/s at Request Router (constant spike_multiplier: 10; NFR Request Rate: 100M requests/sec, 1B during spikes; 28,000,000 of the 100,000,000 reach it past Edge Cache: 90% reads × 20% misses + 10% writes), needs 1,866,667 instances of Request Router at the r...
/// Not applicable: the resilience gate (infeasible target): Follows from the infeasible capacity target: the peak-burst scenario is that same peak, which Request Router, held at SD0015's 1,000,000 instances, cannot carry; the instance-loss and cache-loss scenarios are not graded either, as for the other problems whose resilience follows from capacity.
/// Not applicable: the cost gate (infeasible target): The budget, $200,000,000 a month (constant budget_monthly: 200000000), is below what the target rate alone costs at the edge: Edge Cache (CDN) carries 100,000,000 req/s (NFR Request Rate: 100M requests/sec), billed at the registry's $1 per million requests, 100,000,000 × 2,628,000 s a month × $1 ...
/// </summary>
[Design("multi-model-database")]
public sealed class MultiModelDatabaseDesign : IDesign
{
    public void Describe(ArchitectureBuilder a)
    {
        // the workload's source: users outside the system, not sized or billed
        var applications = a.Component("redirect_client", "Applications");
        // 100,000,000 req/s × 1.2 headroom ÷ 250,000 per instance = 480; every constraint at once needs 4001 (the peak: 10 × 100,000,000 ÷ 250,000 req/s, below 100%) → 480
        var edgeCache = a.Component("cdn", "Edge Cache").Instances(480);
        // 28,000,000 req/s × 1.2 headroom ÷ 85,000 per instance = 396; every constraint at once needs 3295 (the peak: 10 × 28,000,000 ÷ 85,000 req/s, below 100%) → 396
        var requestLB = a.Component("lb", "Request LB").Instances(396);
        // 28,000,000 req/s × 1.2 headroom ÷ 150 per instance = 224000; every constraint at once needs 1866667 (the peak: 10 × 28,000,000 ÷ 150 req/s, below 100%) → 224000
        var requestRouter = a.Component("app", "Request Router").Instances(224000);
        // 18,000,000 req/s × 1.2 headroom ÷ 100,000 per instance = 216; every constraint at once needs 1801 (the peak: 10 × 18,000,000 ÷ 100,000 req/s, below 100%) → 216
        var itemCache = a.Component("cache", "Item Cache").Instances(216);
        // 13,600,000 req/s × 1.2 headroom ÷ 1,000 per instance = 16320; every constraint at once needs 136001 (the peak: 10 × 13,600,000 ÷ 1,000 req/s, below 100%); tier T0 needs ≥ 10 db_primary → 16320
        // 11000 shards: 10,000,000 writes/s ÷ 11000 = 909 writes/s for each replica instance to apply; at 10999: SD6003 Global Tables: a 5 min burst (default: the problem states no burst length; 5 min, the one the catalog states (ingestion: '2× bursts … for five minutes')) at ...
        var storageNodes = a.Component("db_primary", "Storage Nodes").Instances(16320).Parameter("shards", 11000);
        // tier T3 needs ≥ 6 db_replica; at 10999: SD6003 Global Tables: a 5 min burst (default: the problem states no burst length; 5 min, the one the catalog states (ingestion: '2× bursts … for five minutes')) at ... → 11000
        var globalTables = a.Component("db_replica", "Global Tables").Instances(11000);
        // 10,000,000 req/s × 1.2 headroom ÷ 10,000 per instance = 1200; every constraint at once needs 10001 (the peak: 10 × 10,000,000 ÷ 10,000 req/s, below 100%) → 1200
        var changeStreams = a.Component("stream", "Change Streams").Instances(1200).Parameter("partitions", 100001);
        // 10,000,000 req/s × 1.2 headroom ÷ 1,000 per instance = 12000; every constraint at once needs 100001 (the peak: 10 × 10,000,000 ÷ 1,000 req/s, below 100%) → 55000
        var autoScaler = a.Component("worker", "Auto Scaler").Instances(55000);
        // 10,000,000 req/s × 1.2 headroom ÷ 10,000 per instance = 1200; every constraint at once needs 10001 (the peak: 10 × 10,000,000 ÷ 10,000 req/s, below 100%) → 5500
        var backupQueue = a.Component("queue", "Backup Queue").Instances(5500);

        applications.ConnectsTo(edgeCache);
        edgeCache.ConnectsTo(requestLB);
        requestLB.ConnectsTo(requestRouter);
        requestRouter.ConnectsTo(itemCache);
        requestRouter.ConnectsTo(storageNodes);
        storageNodes.ConnectsTo(globalTables);
        storageNodes.ConnectsTo(changeStreams);
        changeStreams.ConnectsTo(autoScaler);
        autoScaler.ConnectsTo(storageNodes);
        changeStreams.ConnectsTo(backupQueue);
    }
}
