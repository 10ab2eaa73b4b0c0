// Drafted by `sysdesign solve blockchain-state-db` (src/SystemDesign.Solver); regenerate, do not hand-edit the counts.
#pragma warning disable SD7001 // Pruning Workers gets no traffic: nothing connects it to a client. Connect it from the component that uses it (an edge such as Calls, Reads or Writes to Pruning Workers) or remove it. (and 1 more)
namespace SystemDesign.Samples.Storage;

/// <summary>
/// Blockchain State Database (blockchain-state-db).
/// Goal: Learn cryptographic data structures.
/// Topology: the catalog's reference solution. Cheapest passing counts found: $161,517/month.
/// </summary>
[Design("blockchain-state-db")]
public sealed class BlockchainStateDbDesign : IDesign
{
    public void Describe(ArchitectureBuilder a)
    {
        // the workload's source: users outside the system, not sized or billed
        var blockchainNodes = a.Component("redirect_client", "Blockchain Nodes");
        // 100,000 req/s × 1.2 headroom ÷ 85,000 per instance = 2; every constraint at once needs 3 (N+1: 100,000 ÷ 85,000 req/s below 100%, plus one instance to lose) → 3
        var lB = a.Component("lb", "LB").Instances(3);
        // 100,000 req/s × 1.2 headroom ÷ 150 per instance = 800; every constraint at once needs 2021 (the latency targets with State Cache cold) → 2021
        var stateService = a.Component("app", "State Service").Instances(2021);
        // 90,000 req/s × 1.2 headroom ÷ 100,000 per instance = 2 → 2
        var stateCache = a.Component("cache", "State Cache").Instances(2);
        // 28,000 req/s × 1.2 headroom ÷ 1,000 per instance = 34; every constraint at once needs 134 (the latency targets with State Cache cold) → 134
        var levelDB = a.Component("db_primary", "LevelDB").Instances(134);
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
