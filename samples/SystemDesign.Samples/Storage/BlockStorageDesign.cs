// Drafted by `sysdesign solve block-storage` (src/SystemDesign.Solver); regenerate, do not hand-edit the counts.
namespace SystemDesign.Samples.Storage;

/// <summary>
/// AWS EBS-like Block Storage (block-storage).
/// Goal: Design durable, high-performance block storage.
/// Topology: the catalog's reference solution. Cheapest passing counts found: $192,624/month.
/// </summary>
[Design("block-storage")]
public sealed class BlockStorageDesign : IDesign
{
    public void Describe(ArchitectureBuilder a)
    {
        // the workload's source: users outside the system, not sized or billed
        var vMs = a.Component("redirect_client", "VMs");
        // 100,000 req/s × 1.2 headroom ÷ 85,000 per instance = 2; every constraint at once needs 3 (N+1: 100,000 ÷ 85,000 req/s below 100%, plus one instance to lose) → 3
        var volumeRouter = a.Component("lb", "Volume Router").Instances(3);
        // 100,000 req/s × 1.2 headroom ÷ 150 per instance = 800; tier T1 needs ≥ 3 app in all, across 3 components → 800
        var primaryNodes = a.Component("app", "Primary Nodes").Instances(800);
        // 100,000 req/s × 1.2 headroom ÷ 150 per instance = 800; tier T1 needs ≥ 3 app in all, across 3 components → 800
        var replicaNodes = a.Component("app", "Replica Nodes").Instances(800);
        // 100,000 req/s × 1.2 headroom ÷ 150 per instance = 800; tier T1 needs ≥ 3 app in all, across 3 components → 800
        var replicaNodes2 = a.Component("app", "Replica Nodes 2").Instances(800);
        // 90,000 req/s × 1.2 headroom ÷ 100,000 per instance = 2 → 2
        var blockCache = a.Component("cache", "Block Cache").Instances(2);
        // 28,000 req/s × 1.2 headroom ÷ 1,000 per instance = 34; every constraint at once needs 101 (Block Cache cold: 100,000 ÷ 1,000 req/s below 100%) → 101
        var volumeMetadata = a.Component("db_primary", "Volume Metadata").Instances(101);
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
