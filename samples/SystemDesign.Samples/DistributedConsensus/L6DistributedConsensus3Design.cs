// Drafted by `sysdesign solve l6-distributed-consensus-3` (src/SystemDesign.Solver); regenerate, do not hand-edit the counts.
#pragma warning disable SD0020 // App Servers: type 'app' is not in the palette of l6-distributed-consensus-3 (consensus_engine, validator_node, state_machine, ordering_service).
namespace SystemDesign.Samples.DistributedConsensus;

/// <summary>
/// Biological Consensus Infrastructure (l6-distributed-consensus-3).
/// Goal: Design next-generation biological consensus system achieving self-organizing protocols for global-scale deployment
/// Topology: built from the problem's palette (the catalog has no reference solution). Cheapest passing counts found: $77,999,040/month.
/// </summary>
[Design("l6-distributed-consensus-3")]
public sealed class L6DistributedConsensus3Design : IDesign
{
    public void Describe(ArchitectureBuilder a)
    {
        // 120,000,000 req/s × 1.2 headroom ÷ 150 per instance = 960000 → 960000
        var appServers = a.Component("app", "App Servers").Instances(960000);
        // 40,000,000 req/s × 1.2 headroom ÷ 4,000 per instance = 12000 → 12000
        var consensusEngine = a.Component("consensus_engine", "Consensus Engine").Instances(12000);
        // 40,000,000 req/s × 1.2 headroom ÷ 4,000 per instance = 12000 → 12000
        var validatorNode = a.Component("validator_node", "Validator Node").Instances(12000);
        // 120,000,000 req/s × 1.2 headroom ÷ 4,000 per instance = 36000 → 36000
        var stateMachine = a.Component("state_machine", "State Machine").Instances(36000);
        // 40,000,000 req/s × 1.2 headroom ÷ 4,000 per instance = 12000 → 12000
        var orderingService = a.Component("ordering_service", "Ordering Service").Instances(12000);

        appServers.Calls(consensusEngine);
        appServers.Calls(validatorNode);
        appServers.Calls(stateMachine);
        appServers.Calls(orderingService);
    }
}
