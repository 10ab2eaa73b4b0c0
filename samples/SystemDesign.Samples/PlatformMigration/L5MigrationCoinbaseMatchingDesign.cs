// Drafted by `sysdesign solve l5-migration-coinbase-matching` (src/SystemDesign.Solver); regenerate, do not hand-edit the counts.
namespace SystemDesign.Samples.PlatformMigration;

/// <summary>
/// Coinbase Matching Engine Migration (l5-migration-coinbase-matching).
/// Goal: Transform Coinbase matching engine from millisecond to microsecond latency for $10B daily volume
/// Topology: built from the problem's palette (the catalog has no reference solution). Cheapest passing counts found: $952,760/month.
/// </summary>
[Design("l5-migration-coinbase-matching")]
public sealed class L5MigrationCoinbaseMatchingDesign : IDesign
{
    public void Describe(ArchitectureBuilder a)
    {
        // 1,000,000 req/s × 1.2 headroom ÷ 1,000,000 per instance = 2; every constraint at once needs 3 (N+1: 1,000,000 ÷ 1,000,000 req/s below 100%, plus one instance to lose) → 3
        var kernelBypassNetwork = a.Component("kernel_bypass_network", "Kernel Bypass Network").Instances(3);
        // 500,000 req/s × 1.2 headroom ÷ 150 per instance = 4000 → 4000
        var fPGAMatcher = a.Component("fpga_matcher", "FPGA Matcher").Instances(4000);
        // 1,000,000 req/s × 1.2 headroom ÷ 150 per instance = 8000 → 8000
        var sequencer = a.Component("sequencer", "Sequencer").Instances(8000);
        // 500,000 req/s × 1.2 headroom ÷ 10,000 per instance = 60 → 60
        var auditLog = a.Component("audit_log", "Audit Log").Instances(60).Parameter("partitions", 8000);
        // 1,500,000 req/s × 1.2 headroom ÷ 4,000 per instance = 450 → 450
        var memoryDB = a.Component("memory_db", "Memory DB").Instances(450);

        kernelBypassNetwork.ConnectsTo(fPGAMatcher);
        kernelBypassNetwork.ConnectsTo(sequencer);
        fPGAMatcher.Publishes(auditLog);
        sequencer.Publishes(auditLog);
        fPGAMatcher.Consumes(auditLog);
        sequencer.Consumes(auditLog);
        fPGAMatcher.Calls(memoryDB);
        sequencer.Calls(memoryDB);
    }
}
