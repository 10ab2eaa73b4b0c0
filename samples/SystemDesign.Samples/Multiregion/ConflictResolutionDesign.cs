// Drafted by `sysdesign solve conflict-resolution` (src/SystemDesign.Solver); regenerate, do not hand-edit the counts.
namespace SystemDesign.Samples.Multiregion;

/// <summary>
/// Multi-Master Conflict Resolution (conflict-resolution).
/// Goal: Handle Google Spanner-scale conflict resolution.
/// Topology: the catalog's reference solution. Cheapest passing counts found: $160,392,330/month (budget $200,000,000).
/// </summary>
[Design("conflict-resolution")]
public sealed class ConflictResolutionDesign : IDesign
{
    public void Describe(ArchitectureBuilder a)
    {
        // the workload's source: users outside the system, not sized or billed
        var writers = a.Component("create_client", "Writers");
        // 10,000,000 req/s × 1.2 headroom ÷ 85,000 per instance = 142; every constraint at once needs 1322 (the latency targets at the peak (10 ×)) → 1322
        var lB = a.Component("lb", "LB").Instances(1322);
        // 3,333,333 req/s × 1.2 headroom ÷ 150 per instance = 26667; every constraint at once needs 549287 (the latency targets at the peak (10 ×)) → 549287
        var uSApps = a.Component("app", "US Apps").Instances(549287);
        // 3,333,333 req/s × 1.2 headroom ÷ 150 per instance = 26667; every constraint at once needs 506819 (the latency targets at the peak (10 ×)) → 506819
        var eUApps = a.Component("app", "EU Apps").Instances(506819);
        // 3,333,333 req/s × 1.2 headroom ÷ 150 per instance = 26667; every constraint at once needs 506819 (the latency targets at the peak (10 ×)) → 506819
        var aPApps = a.Component("app", "AP Apps").Instances(506819);
        // 3,333,333 req/s × 1.2 headroom ÷ 1,000 per instance = 4000; every constraint at once needs 42188 (the latency targets at the peak (10 ×)); tier T0 needs ≥ 3 db_primary in all, across 3 components → 42188
        var uSDB = a.Component("db_primary", "US DB").Instances(42188);
        // 6,666,667 req/s × 1.2 headroom ÷ 1,000 per instance = 8000; every constraint at once needs 84376 (the latency targets at the peak (10 ×)); tier T0 needs ≥ 3 db_primary in all, across 3 components → 84376
        var eUDB = a.Component("db_primary", "EU DB").Instances(84376);
        // 10,000,000 req/s × 1.2 headroom ÷ 1,000 per instance = 12000; every constraint at once needs 126564 (the latency targets at the peak (10 ×)); tier T0 needs ≥ 3 db_primary in all, across 3 components → 126564
        var aPDB = a.Component("db_primary", "AP DB").Instances(126564);
        // 20,000,000 req/s × 1.2 headroom ÷ 1,000 per instance = 24000; every constraint at once needs 253127 (the latency targets at the peak (10 ×)) → 253127
        var conflictResolver = a.Component("worker", "Conflict Resolver").Instances(253127);

        writers.ConnectsTo(lB);
        lB.ConnectsTo(uSApps);
        lB.ConnectsTo(eUApps);
        lB.ConnectsTo(aPApps);
        uSApps.ConnectsTo(uSDB);
        eUApps.ConnectsTo(eUDB);
        aPApps.ConnectsTo(aPDB);
        uSDB.ConnectsTo(eUDB);
        eUDB.ConnectsTo(aPDB);
        aPDB.ConnectsTo(uSDB);
        uSDB.ConnectsTo(conflictResolver);
        eUDB.ConnectsTo(conflictResolver);
        aPDB.ConnectsTo(conflictResolver);
    }
}
