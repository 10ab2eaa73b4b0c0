// Drafted by `sysdesign solve block-storage` (src/SystemDesign.Solver); regenerate, do not hand-edit the counts.
namespace SystemDesign.Samples.Storage;

/// <summary>
/// AWS EBS-like Block Storage (block-storage).
/// Goal: Design durable, high-performance block storage.
/// Topology: the catalog's reference solution. Cheapest passing counts found: $190,409/month.
/// </summary>
[Design("block-storage")]
public sealed class BlockStorageDesign : IDesign
{
    public void Describe(ArchitectureBuilder a)
    {
        // the workload's source: users outside the system, not sized or billed
        var vMs = a.Component("redirect_client", "VMs");
        // 100,000 req/s × 1.2 headroom ÷ 85,000 per instance = 2; at 2: SD6001 Volume Router: losing one of 2 Volume Router leaves 85,000 req/s for 100,000 req/s (117.6%), so 85% of requests are served while it lasts; 3 instances surviv... → 3
        var volumeRouter = a.Component("lb", "Volume Router").Instances(3);
        // 100,000 req/s × 1.2 headroom ÷ 150 per instance = 800; tier T1 needs ≥ 3 app → 800
        var primaryNodes = a.Component("app", "Primary Nodes").Instances(800);
        // 100,000 req/s × 1.2 headroom ÷ 150 per instance = 800; tier T1 needs ≥ 3 app → 800
        var replicaNodes = a.Component("app", "Replica Nodes").Instances(800);
        // 100,000 req/s × 1.2 headroom ÷ 150 per instance = 800; tier T1 needs ≥ 3 app → 800
        var replicaNodes2 = a.Component("app", "Replica Nodes 2").Instances(800);
        // 90,000 req/s × 1.2 headroom ÷ 100,000 per instance = 2 → 2
        var blockCache = a.Component("cache", "Block Cache").Instances(2);
        // 28,000 req/s × 1.2 headroom ÷ 1,000 per instance = 34; at 99: SD6002 If Block Cache is lost or cold (hit rate 80% → 0), Volume Metadata goes from 28,000 to 100,000 req/s against 99,000 req/s capacity (101%); 100 instances carr... → 100
        var volumeMetadata = a.Component("db_primary", "Volume Metadata").Instances(100);
        // 100,000 req/s × 1.2 headroom ÷ 5,500 per instance = 22 → 22
        var snapshotStorage = a.Component("object_store", "Snapshot Storage").Instances(22);
        // 100,000 req/s × 1.2 headroom ÷ 1,000 per instance = 120 → 120
        var snapshotWorkers = a.Component("worker", "Snapshot Workers").Instances(120);

        vMs.ConnectsTo(volumeRouter);
        volumeRouter.ConnectsTo(primaryNodes);
        primaryNodes.ConnectsTo(replicaNodes);
        primaryNodes.ConnectsTo(replicaNodes2);
        primaryNodes.ConnectsTo(blockCache);
        primaryNodes.ConnectsTo(volumeMetadata);
        snapshotWorkers.ConnectsTo(snapshotStorage);
        primaryNodes.ConnectsTo(snapshotWorkers);
    }
}
