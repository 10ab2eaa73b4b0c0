// Drafted by `sysdesign solve conflict-resolution` (src/SystemDesign.Solver); regenerate, do not hand-edit the counts.
#pragma warning disable SD6004 // At the peak (10 × the target rate) P99 of writes from Writers goes from 71.96 ms to unbounded, over the 100 ms target. Size the busiest hops on the path for the peak, not the target rate.
namespace SystemDesign.Samples.Multiregion;

/// <summary>
/// Multi-Master Conflict Resolution (conflict-resolution).
/// Goal: Handle Google Spanner-scale conflict resolution.
/// Topology: the catalog's reference solution. Cheapest passing counts found: $86,750,499/month (budget $200,000,000).
/// </summary>
[Design("conflict-resolution")]
public sealed class ConflictResolutionDesign : IDesign
{
    public void Describe(ArchitectureBuilder a)
    {
        // the workload's source: users outside the system, not sized or billed
        var writers = a.Component("redirect_client", "Writers");
        // 10,000,000 req/s × 1.2 headroom ÷ 85,000 per instance = 142; at 1176: SD2003 LB: at peak (10 × 10,000,000 = 100,000,000 req/s) utilization is 100% of 99,960,000 req/s; 1,177 instances carry the peak → 1177
        var lB = a.Component("lb", "LB").Instances(1177);
        // 3,333,333 req/s × 1.2 headroom ÷ 150 per instance = 26667; at 222222: SD2003 US Apps: at peak (10 × 3,333,333.33 = 33,333,333.33 req/s) utilization is 100% of 33,333,300 req/s; 222,223 instances carry the peak → 222223
        var uSApps = a.Component("app", "US Apps").Instances(222223);
        // 3,333,333 req/s × 1.2 headroom ÷ 150 per instance = 26667; at 222222: SD2003 EU Apps: at peak (10 × 3,333,333.33 = 33,333,333.33 req/s) utilization is 100% of 33,333,300 req/s; 222,223 instances carry the peak → 222223
        var eUApps = a.Component("app", "EU Apps").Instances(222223);
        // 3,333,333 req/s × 1.2 headroom ÷ 150 per instance = 26667; at 222222: SD2003 AP Apps: at peak (10 × 3,333,333.33 = 33,333,333.33 req/s) utilization is 100% of 33,333,300 req/s; 222,223 instances carry the peak → 222223
        var aPApps = a.Component("app", "AP Apps").Instances(222223);
        // 3,333,333 req/s × 1.2 headroom ÷ 1,000 per instance = 4000; tier T0 needs ≥ 3 db_primary; at 33333: SD2003 US DB: at peak (10 × 3,333,333.33 = 33,333,333.33 req/s) utilization is 100% of 33,333,000 req/s; 33,334 instances carry the peak → 33334
        var uSDB = a.Component("db_primary", "US DB").Instances(33334);
        // 6,666,667 req/s × 1.2 headroom ÷ 1,000 per instance = 8001; tier T0 needs ≥ 3 db_primary; at 66666: SD2003 EU DB: at peak (10 × 6,666,666.67 = 66,666,666.67 req/s) utilization is 100% of 66,666,000 req/s; 66,667 instances carry the peak → 66667
        var eUDB = a.Component("db_primary", "EU DB").Instances(66667);
        // 10,000,000 req/s × 1.2 headroom ÷ 1,000 per instance = 12000; tier T0 needs ≥ 3 db_primary; at 99999: SD2003 AP DB: at peak (10 × 10,000,000 = 100,000,000 req/s) utilization is 100% of 99,999,000 req/s; 100,000 instances carry the peak → 100000
        var aPDB = a.Component("db_primary", "AP DB").Instances(100000);
        // 20,000,000 req/s × 1.2 headroom ÷ 1,000 per instance = 24000; at 199999: SD2003 Conflict Resolver: at peak (10 × 20,000,000 = 200,000,000 req/s) utilization is 100% of 199,999,000 req/s; 200,000 instances carry the peak → 200000
        var conflictResolver = a.Component("worker", "Conflict Resolver").Instances(200000);

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
