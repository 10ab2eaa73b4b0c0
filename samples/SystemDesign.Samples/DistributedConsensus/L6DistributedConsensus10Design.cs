// Drafted by `sysdesign solve l6-distributed-consensus-10` (src/SystemDesign.Solver); regenerate, do not hand-edit the counts.
#pragma warning disable SD0020 // App Servers: type 'app' is not in the palette of l6-distributed-consensus-10 (consensus_engine, validator_node, state_machine, ordering_service).
#pragma warning disable SD4002 // App Servers is a single point of failure: its load needs 1,266,667 instances and it has 1,000,000, so losing any one stops requests (0% available, registry app: AWS EC2 SLA, instance-level: 99.5% per single instance). With 1,273,239 instances it is 99.51%. Every constraint on App Servers at once ...
namespace SystemDesign.Samples.DistributedConsensus;

/// <summary>
/// Probabilistic Consensus Infrastructure (l6-distributed-consensus-10).
/// Goal: Design next-generation probabilistic consensus system achieving faster than Byzantine for global-scale deployment
/// Topology: built from the problem's palette (the catalog has no reference solution). Cheapest passing counts found: $83,062,530/month.
/// Not applicable: the capacity gate (infeasible target): The target rate, 190,000,000 req/s (NFR Throughput: 190M operations per second), needs 1,520,000 instances of App Servers at the registry's 150 req/s each with headroom; SD0015 bounds one component at 1,000,000 instances, so no component of this palette carries it. The design holds App Servers at...
/// Not applicable: the latency gate (infeasible target): Follows from the infeasible capacity target: App Servers, held at SD0015's 1,000,000 instances, is saturated at the target rate; its queue grows without bound, so no percentile target can be met.
/// Not applicable: the availability gate (infeasible target): Follows from the infeasible capacity target: App Servers, held at SD0015's 1,000,000 instances, is saturated at the target rate; a saturated component serves no request in the engine's availability model.
/// Not applicable: the resilience gate (infeasible target): Follows from the infeasible capacity target: App Servers, held at SD0015's 1,000,000 instances, is saturated at the target rate; no instance loss, cache loss or burst can be survived by a component already past its capacity.
/// </summary>
[Design("l6-distributed-consensus-10")]
public sealed class L6DistributedConsensus10Design : IDesign
{
    public void Describe(ArchitectureBuilder a)
    {
        // 190,000,000 req/s × 1.2 headroom ÷ 150 per instance = 1520000; held at 1,000,000, the most SD0015 accepts for one component: the rest is the infeasible target the problem records → 1000000
        var appServers = a.Component("app", "App Servers").Instances(1000000);
        // 63,333,333 req/s × 1.2 headroom ÷ 4,000 per instance = 19000 → 1
        var consensusEngine = a.Component("consensus_engine", "Consensus Engine").Instances(1);
        // 63,333,333 req/s × 1.2 headroom ÷ 4,000 per instance = 19000 → 1
        var validatorNode = a.Component("validator_node", "Validator Node").Instances(1);
        // 190,000,000 req/s × 1.2 headroom ÷ 4,000 per instance = 57000 → 57000
        var stateMachine = a.Component("state_machine", "State Machine").Instances(57000);
        // 63,333,333 req/s × 1.2 headroom ÷ 4,000 per instance = 19000 → 1
        var orderingService = a.Component("ordering_service", "Ordering Service").Instances(1);

        appServers.Calls(consensusEngine);
        appServers.Calls(validatorNode);
        appServers.Calls(stateMachine);
        appServers.Calls(orderingService);
    }
}
