// Drafted by `sysdesign solve blockchain-gateway` (src/SystemDesign.Solver); regenerate, do not hand-edit the counts.
namespace SystemDesign.Samples.Gateway;

/// <summary>
/// Blockchain RPC Gateway (blockchain-gateway).
/// Goal: Reliable blockchain access at scale.
/// Topology: the catalog's reference solution. Cheapest passing counts found: $1,226,919/month.
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
        // 300,000 req/s × 1.2 headroom ÷ 150 per instance = 2400; every constraint at once needs 5646 (the latency targets with one instance lost); tier T1 needs ≥ 20 app in all, across 3 components; at 5667: SD6004 Historical DB: losing one of 406 Historical DB (73.9% → 74.1% busy): P95 of cache-hit reads...
        var blockchainGW = a.Component("app", "Blockchain GW").Instances(5668);
        // 270,000 req/s × 1.2 headroom ÷ 100,000 per instance = 4 → 4
        var blockCache = a.Component("cache", "Block Cache").Instances(4);
        // 300,000 req/s × 1.2 headroom ÷ 150 per instance = 2400; every constraint at once needs 5452 (the latency targets with one instance lost); tier T1 needs ≥ 20 app in all, across 3 components; at 5470: SD6004 Historical DB: losing one of 406 Historical DB (73.9% → 74.1% busy): P95 of cache-hit reads...
        var fullNodes = a.Component("app", "Full Nodes").Instances(5471);
        // 300,000 req/s × 1.2 headroom ÷ 150 per instance = 2400; every constraint at once needs 5452 (the latency targets with one instance lost); tier T1 needs ≥ 20 app in all, across 3 components; at 5470: SD6004 Historical DB: losing one of 406 Historical DB (73.9% → 74.1% busy): P95 of cache-hit reads...
        var archiveNodes = a.Component("app", "Archive Nodes").Instances(5471);
        // 300,000 req/s × 1.2 headroom ÷ 1,000 per instance = 360; every constraint at once needs 406 (the latency targets with one instance lost) → 406
        var historicalDB = a.Component("db_primary", "Historical DB").Instances(406);
        // 30,000 req/s × 1.2 headroom ÷ 10,000 per instance = 4; every constraint at once needs 5 (N+1: 30,000 ÷ 10,000 req/s below 100%, plus one instance to lose) → 5
        var eventStream = a.Component("stream", "Event Stream").Instances(5).Parameter("partitions", 36);
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
