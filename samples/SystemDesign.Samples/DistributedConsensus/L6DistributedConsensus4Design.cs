// Drafted by `sysdesign solve l6-distributed-consensus-4` (src/SystemDesign.Solver); regenerate, do not hand-edit the counts.
#pragma warning disable SD0020 // App Servers: type 'app' is not in the palette of l6-distributed-consensus-4 (consensus_engine, validator_node, state_machine, ordering_service).
#pragma warning disable SD2002 // App Servers: 130,000,000 req/s offered, 871,340 × 150 = 130,701,000 req/s capacity (utilization 99.46%), less than the 20% headroom; 1,040,000 instances give 156,000,000 req/s, the 20% headroom (1.2 × 130,000,000 = 156,000,000).
namespace SystemDesign.Samples.DistributedConsensus;

/// <summary>
/// Swarm Consensus Infrastructure (l6-distributed-consensus-4).
/// Goal: Design next-generation swarm consensus system achieving faster than Byzantine for global-scale deployment
/// Topology: built from the problem's palette (the catalog has no reference solution). Cheapest passing counts found: $72,679,267/month.
/// </summary>
[Design("l6-distributed-consensus-4")]
public sealed class L6DistributedConsensus4Design : IDesign
{
    public void Describe(ArchitectureBuilder a)
    {
        // 130,000,000 req/s × 1.2 headroom ÷ 150 per instance = 1040000 → 871340
        var appServers = a.Component("app", "App Servers").Instances(871340);
        // 43,333,333 req/s × 1.2 headroom ÷ 4,000 per instance = 13000 → 13000
        var consensusEngine = a.Component("consensus_engine", "Consensus Engine").Instances(13000);
        // 43,333,333 req/s × 1.2 headroom ÷ 4,000 per instance = 13000 → 13000
        var validatorNode = a.Component("validator_node", "Validator Node").Instances(13000);
        // 130,000,000 req/s × 1.2 headroom ÷ 4,000 per instance = 39000 → 39000
        var stateMachine = a.Component("state_machine", "State Machine").Instances(39000);
        // 43,333,333 req/s × 1.2 headroom ÷ 4,000 per instance = 13000 → 13000
        var orderingService = a.Component("ordering_service", "Ordering Service").Instances(13000);

        appServers.Calls(consensusEngine);
        appServers.Calls(validatorNode);
        appServers.Calls(stateMachine);
        appServers.Calls(orderingService);
    }
}
