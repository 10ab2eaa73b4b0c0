// Drafted by `sysdesign solve global-leader-election` (src/SystemDesign.Solver); regenerate, do not hand-edit the counts.
namespace SystemDesign.Samples.Multiregion;

/// <summary>
/// Global Leader Election with Consensus (global-leader-election).
/// Goal: Coordinate with Paxos/Raft.
/// Topology: the catalog's reference solution. Cheapest passing counts found: $128,071/month.
/// </summary>
[Design("global-leader-election")]
public sealed class GlobalLeaderElectionDesign : IDesign
{
    public void Describe(ArchitectureBuilder a)
    {
        // 100,000 req/s × 1.2 headroom ÷ 150 per instance = 800 → 800
        var apps = a.Component("app", "Apps").Instances(800);
        // 100,000 req/s × 1.2 headroom ÷ 1,000 per instance = 120; tier T0 needs ≥ 5 worker in all, across 3 components → 120
        var consensusUS = a.Component("worker", "Consensus-US").Instances(120);
        // 100,000 req/s × 1.2 headroom ÷ 1,000 per instance = 120; tier T0 needs ≥ 5 worker in all, across 3 components → 120
        var consensusEU = a.Component("worker", "Consensus-EU").Instances(120);
        // 100,000 req/s × 1.2 headroom ÷ 1,000 per instance = 120; tier T0 needs ≥ 5 worker in all, across 3 components → 120
        var consensusAP = a.Component("worker", "Consensus-AP").Instances(120);
        // 300,000 req/s × 1.2 headroom ÷ 1,000 per instance = 360 → 360
        var leaderState = a.Component("db_primary", "Leader State").Instances(360);

        apps.ConnectsTo(consensusUS);
        apps.ConnectsTo(consensusEU);
        apps.ConnectsTo(consensusAP);
        consensusUS.ConnectsTo(leaderState);
        consensusEU.ConnectsTo(leaderState);
        consensusAP.ConnectsTo(leaderState);
    }
}
