// Drafted by `sysdesign solve blockchain-gateway` (src/SystemDesign.Solver); regenerate, do not hand-edit the counts.
namespace SystemDesign.Samples.Gateway;

/// <summary>
/// Blockchain RPC Gateway (blockchain-gateway).
/// Goal: Reliable blockchain access at scale.
/// Topology: the catalog's reference solution. Cheapest passing counts found: $1,217,854/month.
/// </summary>
[Design("blockchain-gateway")]
public sealed class BlockchainGatewayDesign : IDesign
{
    public void Describe(ArchitectureBuilder a)
    {
        // the workload's source: users outside the system, not sized or billed
        var dAppClients = a.Component("redirect_client", "dApp Clients");
        // 300,000 req/s × 1.2 headroom ÷ 85,000 per instance = 5 → 5
        var loadBalancer = a.Component("lb", "Load Balancer").Instances(5);
        // 300,000 req/s × 1.2 headroom ÷ 150 per instance = 2400; tier T1 needs ≥ 20 app; at 5918: SD6004 Load Balancer: losing one of 5 Load Balancer (70.6% → 88.2% busy): P95 of writes from dApp Clients goes from 99.98 ms to 100 ms, over the 100 ms target → 5919
        var blockchainGW = a.Component("app", "Blockchain GW").Instances(5919);
        // 270,000 req/s × 1.2 headroom ÷ 100,000 per instance = 4 → 4
        var blockCache = a.Component("cache", "Block Cache").Instances(4);
        // 300,000 req/s × 1.2 headroom ÷ 150 per instance = 2400; tier T1 needs ≥ 20 app; at 5862: SD6004 Load Balancer: losing one of 5 Load Balancer (70.6% → 88.2% busy): P95 of writes from dApp Clients goes from 99.98 ms to 100 ms, over the 100 ms target → 5863
        var fullNodes = a.Component("app", "Full Nodes").Instances(5863);
        // 300,000 req/s × 1.2 headroom ÷ 150 per instance = 2400; tier T1 needs ≥ 20 app; at 4691: SD6004 Load Balancer: losing one of 5 Load Balancer (70.6% → 88.2% busy): P95 of writes from dApp Clients goes from 99.98 ms to 100 ms, over the 100 ms target → 4692
        var archiveNodes = a.Component("app", "Archive Nodes").Instances(4692);
        // 300,000 req/s × 1.2 headroom ÷ 1,000 per instance = 360; at 451: SD6004 Historical DB: losing one of 451 Historical DB (66.5% → 66.7% busy): P95 of writes from dApp Clients goes from 100 ms to 100.01 ms, over the 100 ms target → 452
        var historicalDB = a.Component("db_primary", "Historical DB").Instances(452);
        // 30,000 req/s × 1.2 headroom ÷ 10,000 per instance = 4; at 9: SD6004 Load Balancer: losing one of 5 Load Balancer (70.6% → 88.2% busy): P95 of writes from dApp Clients goes from 99.99 ms to 100 ms, over the 100 ms target → 10
        var eventStream = a.Component("stream", "Event Stream").Instances(10).Parameter("partitions", 45);
        // 30,000 req/s × 1.2 headroom ÷ 1,000 per instance = 36 → 36
        var indexers = a.Component("worker", "Indexers").Instances(36);

        dAppClients.ConnectsTo(loadBalancer);
        loadBalancer.ConnectsTo(blockchainGW);
        blockchainGW.ConnectsTo(blockCache);
        blockchainGW.ConnectsTo(fullNodes);
        blockchainGW.ConnectsTo(archiveNodes);
        archiveNodes.ConnectsTo(historicalDB);
        blockchainGW.ConnectsTo(eventStream);
        eventStream.ConnectsTo(indexers);
    }
}
