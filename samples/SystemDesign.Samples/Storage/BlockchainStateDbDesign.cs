// Drafted by `sysdesign solve blockchain-state-db` (src/SystemDesign.Solver); regenerate, do not hand-edit the counts.
#pragma warning disable SD6004 // If State Cache is lost or cold (hit rate 80% → 0), P95 of reads from Blockchain Nodes goes from 48.17 ms to unbounded, over the 50 ms target; P95 of writes from Blockchain Nodes goes from 49.98 ms to unbounded, over the 50 ms target. More instances behind it, or a second cache, keep the target.
#pragma warning disable SD7001 // Pruning Workers gets no traffic: nothing connects it to a client. Connect it from the component that uses it (an edge such as Calls, Reads or Writes to Pruning Workers) or remove it. (and 1 more)
namespace SystemDesign.Samples.Storage;

/// <summary>
/// Blockchain State Database (blockchain-state-db).
/// Goal: Learn cryptographic data structures.
/// Topology: the catalog's reference solution. Cheapest passing counts found: $125,510/month.
/// </summary>
[Design("blockchain-state-db")]
public sealed class BlockchainStateDbDesign : IDesign
{
    public void Describe(ArchitectureBuilder a)
    {
        // the workload's source: users outside the system, not sized or billed
        var blockchainNodes = a.Component("redirect_client", "Blockchain Nodes");
        // 100,000 req/s × 1.2 headroom ÷ 85,000 per instance = 2; at 2: SD6001 LB: losing one of 2 LB leaves 85,000 req/s for 100,000 req/s (117.6%), so 85% of requests are served while it lasts; 3 instances survive the loss of one (N+1... → 3
        var lB = a.Component("lb", "LB").Instances(3);
        // 100,000 req/s × 1.2 headroom ÷ 150 per instance = 800; at 1599: SD6004 State Service: losing one of 1,599 State Service (41.7% → 41.7% busy): P95 of writes from Blockchain Nodes goes from 49.99 ms to 50.01 ms, over the 50 ms target → 1600
        var stateService = a.Component("app", "State Service").Instances(1600);
        // 90,000 req/s × 1.2 headroom ÷ 100,000 per instance = 2 → 2
        var stateCache = a.Component("cache", "State Cache").Instances(2);
        // 28,000 req/s × 1.2 headroom ÷ 1,000 per instance = 34; at 99: SD6002 If State Cache is lost or cold (hit rate 80% → 0), LevelDB goes from 28,000 to 100,000 req/s against 99,000 req/s capacity (101%); 100 instances carry it → 100
        var levelDB = a.Component("db_primary", "LevelDB").Instances(100);
        // one instance carries the load and no requirement asks for more → 1
        var pruningWorkers = a.Component("worker", "Pruning Workers").Instances(1);
        // one instance carries the load and no requirement asks for more → 1
        var snapshotS3 = a.Component("storage", "Snapshot S3").Instances(1);

        blockchainNodes.ConnectsTo(lB);
        lB.ConnectsTo(stateService);
        stateService.ConnectsTo(stateCache);
        stateService.ConnectsTo(levelDB);
        pruningWorkers.ConnectsTo(levelDB);
        pruningWorkers.ConnectsTo(snapshotS3);
    }
}
