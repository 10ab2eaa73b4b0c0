// Drafted by `sysdesign solve l5-migration-uber-multi-region` (src/SystemDesign.Solver); regenerate, do not hand-edit the counts.
namespace SystemDesign.Samples.PlatformMigration;

/// <summary>
/// Uber Multi-Region Active-Active Migration (l5-migration-uber-multi-region).
/// Goal: Migrate Uber from single-region to multi-region active-active serving 100M daily riders
/// Topology: built from the problem's palette (the catalog has no reference solution). Cheapest passing counts found: $1,239/month.
/// </summary>
[Design("l5-migration-uber-multi-region")]
public sealed class L5MigrationUberMultiRegionDesign : IDesign
{
    public void Describe(ArchitectureBuilder a)
    {
        // 278 req/s × 1.2 headroom ÷ 85,000 per instance = 1; every constraint at once needs 2 (N+1: 277.78 ÷ 85,000 req/s below 100%, plus one instance to lose) → 2
        var globalLoadBalancer = a.Component("global_lb", "Global Load Balancer").Instances(2);
        // 278 req/s × 1.2 headroom ÷ 1,000 per instance = 1; every constraint at once needs 2 (N+1: 277.78 ÷ 1,000 req/s below 100%, plus one instance to lose) → 2
        var cDCPipeline = a.Component("cdc_pipeline", "CDC Pipeline").Instances(2);
        // 139 req/s × 1.2 headroom ÷ 4,000 per instance = 1; every constraint at once needs 2 (the 99.99% availability target) → 2
        var regionalDB = a.Component("regional_db", "Regional DB").Instances(2);
        // 139 req/s × 1.2 headroom ÷ 4,000 per instance = 1; every constraint at once needs 2 (the 99.99% availability target) → 2
        var cRDTStore = a.Component("crdt", "CRDT Store").Instances(2);
        // 278 req/s × 1.2 headroom ÷ 4,000 per instance = 1; every constraint at once needs 2 (N+1: 277.78 ÷ 4,000 req/s below 100%, plus one instance to lose) → 2
        var consensusService = a.Component("consensus_service", "Consensus Service").Instances(2);

        globalLoadBalancer.ConnectsTo(cDCPipeline);
        cDCPipeline.Calls(regionalDB);
        cDCPipeline.Calls(cRDTStore);
        cDCPipeline.Calls(consensusService);
    }
}
