// Drafted by `sysdesign solve l6-consensus-planetary` (src/SystemDesign.Solver); regenerate, do not hand-edit the counts.
namespace SystemDesign.Samples.DistributedConsensus;

/// <summary>
/// Planetary-Scale Consensus Protocol (l6-consensus-planetary).
/// Goal: Design consensus protocol working across planets with minutes of delay
/// Topology: built from the problem's palette (the catalog has no reference solution). Cheapest passing counts found: $701/month.
/// </summary>
[Design("l6-consensus-planetary")]
public sealed class L6ConsensusPlanetaryDesign : IDesign
{
    public void Describe(ArchitectureBuilder a)
    {
        // at 1: SD4002 Time Oracle is a single point of failure: its load needs 1 of its 1 instance, so losing any one stops requests (99.5% available, registry time_oracle: AWS EC... → 2
        var timeOracle = a.Component("time_oracle", "Time Oracle").Instances(2);
        // at 1: SD4002 Conflict Resolver is a single point of failure: its load needs 1 of its 1 instance, so losing any one stops requests (99.5% available, registry conflict_reso... → 2
        var conflictResolver = a.Component("conflict_resolver", "Conflict Resolver").Instances(2);
        // at 1: SD4002 Causality Tracker is a single point of failure: its load needs 1 of its 1 instance, so losing any one stops requests (99.5% available, registry causality_tra... → 2
        var causalityTracker = a.Component("causality_tracker", "Causality Tracker").Instances(2);
        // at 1: SD4002 Delay Tolerant Sync is a single point of failure: its load needs 1 of its 1 instance, so losing any one stops requests (99.5% available, registry delay_toler... → 2
        var delayTolerantSync = a.Component("delay_tolerant_sync", "Delay Tolerant Sync").Instances(2);
        // at 1: SD4002 Regional Consensus is a single point of failure: its load needs 1 of its 1 instance, so losing any one stops requests (99.5% available, registry regional_con... → 2
        var regionalConsensus = a.Component("regional_consensus", "Regional Consensus").Instances(2);

        timeOracle.Calls(delayTolerantSync);
        conflictResolver.Calls(delayTolerantSync);
        causalityTracker.Calls(delayTolerantSync);
        timeOracle.Calls(regionalConsensus);
        conflictResolver.Calls(regionalConsensus);
        causalityTracker.Calls(regionalConsensus);
        delayTolerantSync.Calls(regionalConsensus);
    }
}
