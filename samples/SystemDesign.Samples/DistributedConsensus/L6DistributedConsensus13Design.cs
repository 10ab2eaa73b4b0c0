// Drafted by `sysdesign solve l6-distributed-consensus-13` (src/SystemDesign.Solver); regenerate, do not hand-edit the counts.
#pragma warning disable SD0020 // App Servers: type 'app' is not in the palette of l6-distributed-consensus-13 (consensus_engine, validator_node, state_machine, ordering_service).
#pragma warning disable SD4002 // App Servers is a single point of failure: its load needs 1,466,667 instances and it has 1,000,000, so losing any one stops requests (0% available, registry app: AWS EC2 SLA, instance-level: 99.5% per single instance). With 1,474,260 instances it is 99.51%. Every constraint on App Servers at once ...
namespace SystemDesign.Samples.DistributedConsensus;

/// <summary>
/// Biological Consensus Infrastructure (l6-distributed-consensus-13).
/// Goal: Design next-generation biological consensus system achieving faster than Byzantine for global-scale deployment
/// Topology: built from the problem's palette (the catalog has no reference solution). Cheapest passing counts found: $85,112,370/month.
/// Not applicable: the capacity gate (infeasible target): The target rate, 220,000,000 req/s (NFR Throughput: 220M operations per second), needs 1,760,000 instances of App Servers at the registry's 150 req/s each with headroom; SD0015 bounds one component at 1,000,000 instances, so no component of this palette carries it. The design holds App Servers at...
/// Not applicable: the latency gate (infeasible target): Follows from the infeasible capacity target: App Servers, held at SD0015's 1,000,000 instances, is saturated at the target rate; its queue grows without bound, so no percentile target can be met.
/// Not applicable: the availability gate (infeasible target): Follows from the infeasible capacity target: App Servers, held at SD0015's 1,000,000 instances, is saturated at the target rate; a saturated component serves no request in the engine's availability model.
/// Not applicable: the resilience gate (infeasible target): Follows from the infeasible capacity target: App Servers, held at SD0015's 1,000,000 instances, is saturated at the target rate; no instance loss, cache loss or burst can be survived by a component already past its capacity.
/// </summary>
[Design("l6-distributed-consensus-13")]
public sealed class L6DistributedConsensus13Design : IDesign
{
    public void Describe(ArchitectureBuilder a)
    {
        // 220,000,000 req/s × 1.2 headroom ÷ 150 per instance = 1760000; held at 1,000,000, the most SD0015 accepts for one component: the rest is the infeasible target the problem records → 1000000
        var appServers = a.Component("app", "App Servers").Instances(1000000);
        // 73,333,333 req/s × 1.2 headroom ÷ 4,000 per instance = 22000 → 1
        var consensusEngine = a.Component("consensus_engine", "Consensus Engine").Instances(1);
        // 73,333,333 req/s × 1.2 headroom ÷ 4,000 per instance = 22000 → 1
        var validatorNode = a.Component("validator_node", "Validator Node").Instances(1);
        // 220,000,000 req/s × 1.2 headroom ÷ 4,000 per instance = 66000 → 66000
        var stateMachine = a.Component("state_machine", "State Machine").Instances(66000);
        // 73,333,333 req/s × 1.2 headroom ÷ 4,000 per instance = 22000 → 1
        var orderingService = a.Component("ordering_service", "Ordering Service").Instances(1);

        appServers.Calls(consensusEngine);
        appServers.Calls(validatorNode);
        appServers.Calls(stateMachine);
        appServers.Calls(orderingService);
    }
}
