// Drafted by `sysdesign solve l6-consensus-million-nodes` (src/SystemDesign.Solver); regenerate, do not hand-edit the counts.
namespace SystemDesign.Samples.DistributedConsensus;

/// <summary>
/// Million-Node Consensus System (l6-consensus-million-nodes).
/// Goal: Design Byzantine fault-tolerant consensus for million-node networks
/// Topology: built from the problem's palette (the catalog has no reference solution). Cheapest passing counts found: $581,774/month.
/// </summary>
[Design("l6-consensus-million-nodes")]
public sealed class L6ConsensusMillionNodesDesign : IDesign
{
    public void Describe(ArchitectureBuilder a)
    {
        // 1,000,000 req/s × 1.2 headroom ÷ 1,000,000 per instance = 2; every constraint at once needs 3 (N+1: 1,000,000 ÷ 1,000,000 req/s below 100%, plus one instance to lose) → 3
        var gossipNetwork = a.Component("gossip_network", "Gossip Network").Instances(3);
        // 500,000 req/s × 1.2 headroom ÷ 150 per instance = 4000 → 4000
        var vRFRandomness = a.Component("vrf_randomness", "VRF Randomness").Instances(4000);
        // 500,000 req/s × 1.2 headroom ÷ 150 per instance = 4000 → 4000
        var aggregateSignatures = a.Component("aggregate_signatures", "Aggregate Signatures").Instances(4000);
        // 500,000 req/s × 1.2 headroom ÷ 4,000 per instance = 150 → 150
        var validatorCommittees = a.Component("validator_committees", "Validator Committees").Instances(150);
        // 500,000 req/s × 1.2 headroom ÷ 4,000 per instance = 150 → 150
        var finalityGadget = a.Component("finality_gadget", "Finality Gadget").Instances(150);

        gossipNetwork.ConnectsTo(vRFRandomness);
        gossipNetwork.ConnectsTo(aggregateSignatures);
        vRFRandomness.Calls(validatorCommittees);
        vRFRandomness.Calls(finalityGadget);
        aggregateSignatures.Calls(validatorCommittees);
        aggregateSignatures.Calls(finalityGadget);
    }
}
