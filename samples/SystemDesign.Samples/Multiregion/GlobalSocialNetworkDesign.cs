// Drafted by `sysdesign solve global-social-network` (src/SystemDesign.Solver); regenerate, do not hand-edit the counts.
#pragma warning disable SD6004 // At the peak (10 × the target rate) P99 of reads from Global Users goes from 42.77 ms to unbounded, over the 100 ms target; P99 of writes from Global Users goes from 66.17 ms to unbounded, over the 100 ms target. Size the busiest hops on the path for the peak, not the target rate.
namespace SystemDesign.Samples.Multiregion;

/// <summary>
/// Facebook-like Global Platform (global-social-network).
/// Goal: Build Facebook/WhatsApp-scale global platform.
/// Topology: the catalog's reference solution. Cheapest passing counts found: $151,800,183/month (budget $1,000,000,000).
/// </summary>
[Design("global-social-network")]
public sealed class GlobalSocialNetworkDesign : IDesign
{
    public void Describe(ArchitectureBuilder a)
    {
        // the workload's source: users outside the system, not sized or billed
        var globalUsers = a.Component("redirect_client", "Global Users");
        // 100,000,000 req/s × 1.2 headroom ÷ 250,000 per instance = 480; at 3999: SD2003 Global CDN: at peak (10 × 100,000,000 = 1,000,000,000 req/s) utilization is 100% of 999,750,000 req/s; 4,000 instances carry the peak → 4000
        var globalCDN = a.Component("cdn", "Global CDN").Instances(4000);
        // 14,000,000 req/s × 1.2 headroom ÷ 85,000 per instance = 198; at 1647: SD2003 US LB: at peak (10 × 14,000,000 = 140,000,000 req/s) utilization is 100% of 139,995,000 req/s; 1,648 instances carry the peak → 1648
        var uSLB = a.Component("lb", "US LB").Instances(1648);
        // 14,000,000 req/s × 1.2 headroom ÷ 85,000 per instance = 198; at 1647: SD2003 EU LB: at peak (10 × 14,000,000 = 140,000,000 req/s) utilization is 100% of 139,995,000 req/s; 1,648 instances carry the peak → 1648
        var eULB = a.Component("lb", "EU LB").Instances(1648);
        // 14,000,000 req/s × 1.2 headroom ÷ 150 per instance = 112000; tier T0 needs ≥ 15 app; at 933333: SD2003 US Apps: at peak (10 × 14,000,000 = 140,000,000 req/s) utilization is 100% of 139,999,950 req/s; 933,334 instances carry the peak → 933334
        var uSApps = a.Component("app", "US Apps").Instances(933334);
        // 14,000,000 req/s × 1.2 headroom ÷ 150 per instance = 112000; tier T0 needs ≥ 15 app; at 933333: SD2003 EU Apps: at peak (10 × 14,000,000 = 140,000,000 req/s) utilization is 100% of 139,999,950 req/s; 933,334 instances carry the peak → 933334
        var eUApps = a.Component("app", "EU Apps").Instances(933334);
        // 18,000,000 req/s × 1.2 headroom ÷ 100,000 per instance = 216; at 1799: SD2003 Regional Cache: at peak (10 × 18,000,000 = 180,000,000 req/s) utilization is 100.1% of 179,900,000 req/s; 1,800 instances carry the peak → 1800
        var regionalCache = a.Component("cache", "Regional Cache").Instances(1800);
        // 13,600,000 req/s × 1.2 headroom ÷ 1,000 per instance = 16320; tier T1 needs ≥ 5 db_primary; at 135999: SD2003 Regional DBs: at peak (10 × 13,600,000 = 136,000,000 req/s) utilization is 100% of 135,999,000 req/s; 136,000 instances carry the peak → 136000
        var regionalDBs = a.Component("db_primary", "Regional DBs").Instances(136000);
        // 10,000,000 req/s × 1.2 headroom ÷ 10,000 per instance = 1200; at 9999: SD2003 Global Kafka: at peak (10 × 10,000,000 = 100,000,000 req/s) utilization is 100% of 99,990,000 req/s; 10,000 instances carry the peak → 10000
        var globalKafka = a.Component("stream", "Global Kafka").Instances(10000).Parameter("partitions", 13975);
        // 10,000,000 req/s × 1.2 headroom ÷ 10,000 per instance = 1200; at 9999: SD2003 Async Queue: at peak (10 × 10,000,000 = 100,000,000 req/s) utilization is 100% of 99,990,000 req/s; 10,000 instances carry the peak → 10000
        var asyncQueue = a.Component("queue", "Async Queue").Instances(10000);

        globalUsers.ConnectsTo(globalCDN);
        globalCDN.ConnectsTo(uSLB);
        globalCDN.ConnectsTo(eULB);
        uSLB.ConnectsTo(uSApps);
        eULB.ConnectsTo(eUApps);
        uSApps.ConnectsTo(regionalCache);
        eUApps.ConnectsTo(regionalCache);
        uSApps.ConnectsTo(regionalDBs);
        eUApps.ConnectsTo(regionalDBs);
        uSApps.ConnectsTo(globalKafka);
        eUApps.ConnectsTo(globalKafka);
        globalKafka.ConnectsTo(asyncQueue);
    }
}
