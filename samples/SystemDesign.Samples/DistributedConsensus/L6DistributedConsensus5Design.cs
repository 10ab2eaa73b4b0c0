// Drafted by `sysdesign solve l6-distributed-consensus-5` (src/SystemDesign.Solver); regenerate, do not hand-edit the counts.
#pragma warning disable SD0020 // App Servers: type 'app' is not in the palette of l6-distributed-consensus-5 (consensus_engine, validator_node, state_machine, ordering_service).
#pragma warning disable SD2002 // App Servers: 140,000,000 req/s offered, 938,354 × 150 = 140,753,100 req/s capacity (utilization 99.46%), less than the 20% headroom; 1,120,000 instances give 168,000,000 req/s, the 20% headroom (1.2 × 140,000,000 = 168,000,000).
namespace SystemDesign.Samples.DistributedConsensus;

/// <summary>
/// Probabilistic Consensus Infrastructure (l6-distributed-consensus-5).
/// Goal: Design next-generation probabilistic consensus system achieving zero-knowledge consensus for global-scale deployment
/// Topology: built from the problem's palette (the catalog has no reference solution). Cheapest passing counts found: $78,269,128/month.
/// </summary>
[Design("l6-distributed-consensus-5")]
public sealed class L6DistributedConsensus5Design : IDesign
{
    public void Describe(ArchitectureBuilder a)
    {
        // 140,000,000 req/s × 1.2 headroom ÷ 150 per instance = 1120000 → 938354
        var appServers = a.Component("app", "App Servers").Instances(938354);
        // 46,666,667 req/s × 1.2 headroom ÷ 4,000 per instance = 14000 → 14000
        var consensusEngine = a.Component("consensus_engine", "Consensus Engine").Instances(14000);
        // 46,666,667 req/s × 1.2 headroom ÷ 4,000 per instance = 14000 → 14000
        var validatorNode = a.Component("validator_node", "Validator Node").Instances(14000);
        // 140,000,000 req/s × 1.2 headroom ÷ 4,000 per instance = 42000 → 42000
        var stateMachine = a.Component("state_machine", "State Machine").Instances(42000);
        // 46,666,667 req/s × 1.2 headroom ÷ 4,000 per instance = 14000 → 14000
        var orderingService = a.Component("ordering_service", "Ordering Service").Instances(14000);

        appServers.Calls(consensusEngine);
        appServers.Calls(validatorNode);
        appServers.Calls(stateMachine);
        appServers.Calls(orderingService);
    }
}
