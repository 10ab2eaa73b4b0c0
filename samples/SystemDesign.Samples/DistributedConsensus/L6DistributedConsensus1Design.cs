// Drafted by `sysdesign solve l6-distributed-consensus-1` (src/SystemDesign.Solver); regenerate, do not hand-edit the counts.
#pragma warning disable SD0020 // App Servers: type 'app' is not in the palette of l6-distributed-consensus-1 (consensus_engine, validator_node, state_machine, ordering_service).
namespace SystemDesign.Samples.DistributedConsensus;

/// <summary>
/// Quantum Consensus Infrastructure (l6-distributed-consensus-1).
/// Goal: Design next-generation quantum consensus system achieving faster than Byzantine for global-scale deployment
/// Topology: built from the problem's palette (the catalog has no reference solution). Cheapest passing counts found: $64,999,200/month.
/// </summary>
[Design("l6-distributed-consensus-1")]
public sealed class L6DistributedConsensus1Design : IDesign
{
    public void Describe(ArchitectureBuilder a)
    {
        // 100,000,000 req/s × 1.2 headroom ÷ 150 per instance = 800000 → 800000
        var appServers = a.Component("app", "App Servers").Instances(800000);
        // 33,333,333 req/s × 1.2 headroom ÷ 4,000 per instance = 10000 → 10000
        var consensusEngine = a.Component("consensus_engine", "Consensus Engine").Instances(10000);
        // 33,333,333 req/s × 1.2 headroom ÷ 4,000 per instance = 10000 → 10000
        var validatorNode = a.Component("validator_node", "Validator Node").Instances(10000);
        // 100,000,000 req/s × 1.2 headroom ÷ 4,000 per instance = 30000 → 30000
        var stateMachine = a.Component("state_machine", "State Machine").Instances(30000);
        // 33,333,333 req/s × 1.2 headroom ÷ 4,000 per instance = 10000 → 10000
        var orderingService = a.Component("ordering_service", "Ordering Service").Instances(10000);

        appServers.Calls(consensusEngine);
        appServers.Calls(validatorNode);
        appServers.Calls(stateMachine);
        appServers.Calls(orderingService);
    }
}
