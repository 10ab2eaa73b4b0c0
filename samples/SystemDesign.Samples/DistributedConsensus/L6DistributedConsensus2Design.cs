// Drafted by `sysdesign solve l6-distributed-consensus-2` (src/SystemDesign.Solver); regenerate, do not hand-edit the counts.
#pragma warning disable SD0020 // App Servers: type 'app' is not in the palette of l6-distributed-consensus-2 (consensus_engine, validator_node, state_machine, ordering_service).
namespace SystemDesign.Samples.DistributedConsensus;

/// <summary>
/// Relativistic Consensus Infrastructure (l6-distributed-consensus-2).
/// Goal: Design next-generation relativistic consensus system achieving zero-knowledge consensus for global-scale deployment
/// Topology: built from the problem's palette (the catalog has no reference solution). Cheapest passing counts found: $71,499,120/month.
/// </summary>
[Design("l6-distributed-consensus-2")]
public sealed class L6DistributedConsensus2Design : IDesign
{
    public void Describe(ArchitectureBuilder a)
    {
        // 110,000,000 req/s × 1.2 headroom ÷ 150 per instance = 880000 → 880000
        var appServers = a.Component("app", "App Servers").Instances(880000);
        // 36,666,667 req/s × 1.2 headroom ÷ 4,000 per instance = 11000 → 11000
        var consensusEngine = a.Component("consensus_engine", "Consensus Engine").Instances(11000);
        // 36,666,667 req/s × 1.2 headroom ÷ 4,000 per instance = 11000 → 11000
        var validatorNode = a.Component("validator_node", "Validator Node").Instances(11000);
        // 110,000,000 req/s × 1.2 headroom ÷ 4,000 per instance = 33000 → 33000
        var stateMachine = a.Component("state_machine", "State Machine").Instances(33000);
        // 36,666,667 req/s × 1.2 headroom ÷ 4,000 per instance = 11000 → 11000
        var orderingService = a.Component("ordering_service", "Ordering Service").Instances(11000);

        appServers.Calls(consensusEngine);
        appServers.Calls(validatorNode);
        appServers.Calls(stateMachine);
        appServers.Calls(orderingService);
    }
}
