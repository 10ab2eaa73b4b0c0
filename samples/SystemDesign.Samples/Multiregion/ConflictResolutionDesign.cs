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
        // 10,000,000 req/s × 1.2 headroom ÷ 85,000 per instance = 142; every constraint at once needs 1177 (the peak: 10 × 10,000,000 ÷ 85,000 req/s, below 100%); at 1321: SD6004 At the peak (10 × the target rate) P99 of writes from Writers goes from 71.68 ms to 100 ms, over the 100 ms target → 1322
        var lB = a.Component("lb", "LB").Instances(1322);
        // 3,333,333 req/s × 1.2 headroom ÷ 150 per instance = 26667; every constraint at once needs 222223 (the peak: 10 × 3,333,333.33 ÷ 150 req/s, below 100%); at 549286: SD6004 At the peak (10 × the target rate) P99 of writes from Writers goes from 71.68 ms to 100 ms, over the 100 ms target → 549287
        var uSApps = a.Component("app", "US Apps").Instances(549287);
        // 3,333,333 req/s × 1.2 headroom ÷ 150 per instance = 26667; every constraint at once needs 222223 (the peak: 10 × 3,333,333.33 ÷ 150 req/s, below 100%); at 506818: SD6004 At the peak (10 × the target rate) P99 of writes from Writers goes from 71.68 ms to 100 ms, over the 100 ms target → 506819
        var eUApps = a.Component("app", "EU Apps").Instances(506819);
        // 3,333,333 req/s × 1.2 headroom ÷ 150 per instance = 26667; every constraint at once needs 222223 (the peak: 10 × 3,333,333.33 ÷ 150 req/s, below 100%); at 506818: SD6004 At the peak (10 × the target rate) P99 of writes from Writers goes from 71.68 ms to 100 ms, over the 100 ms target → 506819
        var aPApps = a.Component("app", "AP Apps").Instances(506819);
        // 3,333,333 req/s × 1.2 headroom ÷ 1,000 per instance = 4000; every constraint at once needs 33334 (the peak: 10 × 3,333,333.33 ÷ 1,000 req/s, below 100%); tier T0 needs ≥ 3 db_primary in all, across 3 components; at 42187: SD6004 At the peak (10 × the target rate) P99 of writes from Writers goes f...
        var uSDB = a.Component("db_primary", "US DB").Instances(42188);
        // 6,666,667 req/s × 1.2 headroom ÷ 1,000 per instance = 8000; every constraint at once needs 66667 (the peak: 10 × 6,666,666.67 ÷ 1,000 req/s, below 100%); tier T0 needs ≥ 3 db_primary in all, across 3 components; at 84375: SD6004 At the peak (10 × the target rate) P99 of writes from Writers goes f...
        var eUDB = a.Component("db_primary", "EU DB").Instances(84376);
        // 10,000,000 req/s × 1.2 headroom ÷ 1,000 per instance = 12000; every constraint at once needs 100001 (the peak: 10 × 10,000,000 ÷ 1,000 req/s, below 100%); tier T0 needs ≥ 3 db_primary in all, across 3 components; at 126563: SD6004 At the peak (10 × the target rate) P99 of writes from Writers goes...
        var aPDB = a.Component("db_primary", "AP DB").Instances(126564);
        // 20,000,000 req/s × 1.2 headroom ÷ 1,000 per instance = 24000; every constraint at once needs 200001 (the peak: 10 × 20,000,000 ÷ 1,000 req/s, below 100%); at 253126: SD6004 At the peak (10 × the target rate) P99 of writes from Writers goes from 71.68 ms to 100 ms, over the 100 ms target → 253127
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
