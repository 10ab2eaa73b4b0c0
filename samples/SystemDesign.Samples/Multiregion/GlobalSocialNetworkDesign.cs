// Drafted by `sysdesign solve global-social-network` (src/SystemDesign.Solver); regenerate, do not hand-edit the counts.
#pragma warning disable SD6004 // Out of reach: EU Apps needs 1,423,828, US Apps needs 1,482,907 instances for these targets even with every other component at 64× its count (1,000,000 at most), past SD0015's 1,000,000 for one component. At the peak (10 × the target rate) P99 of reads from Global Users goes from 42.77 ms to 5,040...
namespace SystemDesign.Samples.Multiregion;

/// <summary>
/// Facebook-like Global Platform (global-social-network).
/// Goal: Build Facebook/WhatsApp-scale global platform.
/// Topology: the catalog's reference solution. Cheapest passing counts found: $414,369,993/month (budget $1,000,000,000).
/// </summary>
[Design("global-social-network")]
public sealed class GlobalSocialNetworkDesign : IDesign
{
    public void Describe(ArchitectureBuilder a)
    {
        // the workload's source: users outside the system, not sized or billed
        var globalUsers = a.Component("redirect_client", "Global Users");
        // 100,000,000 req/s × 1.2 headroom ÷ 250,000 per instance = 480; every constraint at once needs 4501 (the latency targets at the peak (10 ×)); that count is for targets out of reach (the pragma above says why), so it keeps only the rest; at 4000: SD2003 Global CDN: at peak (10 × 100,000,000 = 1,000...
        var globalCDN = a.Component("cdn", "Global CDN").Instances(4001);
        // 14,000,000 req/s × 1.2 headroom ÷ 85,000 per instance = 198; every constraint at once needs 1854 (the latency targets at the peak (10 ×)); that count is for targets out of reach (the pragma above says why), so it keeps only the rest; at 1647: SD2003 US LB: at peak (10 × 14,000,000 = 140,000,000 r...
        var uSLB = a.Component("lb", "US LB").Instances(1648);
        // 14,000,000 req/s × 1.2 headroom ÷ 85,000 per instance = 198; every constraint at once needs 1854 (the latency targets at the peak (10 ×)); that count is for targets out of reach (the pragma above says why), so it keeps only the rest; at 1647: SD2003 EU LB: at peak (10 × 14,000,000 = 140,000,000 r...
        var eULB = a.Component("lb", "EU LB").Instances(1648);
        // 14,000,000 req/s × 1.2 headroom ÷ 150 per instance = 112000; every constraint at once needs 1681896 (the latency targets at the peak (10 ×)); tier T0 needs ≥ 15 app in all, across 2 components; that count is for targets out of reach (the pragma above says why), so it keeps only the rest; at 93333...
        var uSApps = a.Component("app", "US Apps").Instances(933334);
        // 14,000,000 req/s × 1.2 headroom ÷ 150 per instance = 112000; every constraint at once needs 1583109 (the latency targets at the peak (10 ×)); tier T0 needs ≥ 15 app in all, across 2 components; that count is for targets out of reach (the pragma above says why), so it keeps only the rest; at 93333...
        var eUApps = a.Component("app", "EU Apps").Instances(933334);
        // 18,000,000 req/s × 1.2 headroom ÷ 100,000 per instance = 216; every constraint at once needs 2026 (the latency targets at the peak (10 ×)); that count is for targets out of reach (the pragma above says why), so it keeps only the rest; at 1800: SD2003 Regional Cache: at peak (10 × 18,000,000 = 180...
        var regionalCache = a.Component("cache", "Regional Cache").Instances(1801);
        // 13,600,000 req/s × 1.2 headroom ÷ 1,000 per instance = 16320; every constraint at once needs 153001 (the latency targets at the peak (10 ×)); tier T1 needs ≥ 5 db_primary; that count is for targets out of reach (the pragma above says why), so it keeps only the rest; at 136000: SD2003 Regional DBs...
        var regionalDBs = a.Component("db_primary", "Regional DBs").Instances(136001);
        // 10,000,000 req/s × 1.2 headroom ÷ 10,000 per instance = 1200; every constraint at once needs 11251 (the latency targets at the peak (10 ×)); that count is for targets out of reach (the pragma above says why), so it keeps only the rest; at 10000: SD2003 Global Kafka: at peak (10 × 10,000,000 = 100...
        var globalKafka = a.Component("stream", "Global Kafka").Instances(10001).Parameter("partitions", 10001);
        // 10,000,000 req/s × 1.2 headroom ÷ 10,000 per instance = 1200; every constraint at once needs 10001 (the peak: 10 × 10,000,000 ÷ 10,000 req/s, below 100%) → 10001
        var asyncQueue = a.Component("queue", "Async Queue").Instances(10001);

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
