// Drafted by `sysdesign solve global-rate-limiting` (src/SystemDesign.Solver); regenerate, do not hand-edit the counts.
namespace SystemDesign.Samples.Multiregion;

/// <summary>
/// Global Rate Limiting System (global-rate-limiting).
/// Goal: Build Google Cloud-scale rate limiting.
/// Topology: the catalog's reference solution. Cheapest passing counts found: $60,681,006/month (budget $150,000,000).
/// Not applicable: the capacity gate (infeasible target): The peak, 100 × 33,333,333.33 = 3,333,333,333.33 req/s (constant spike_multiplier: 100; NFR Request Rate: 100M req/s normal, 10B during DDoS attacks), needs 22,222,223 instances of US at the registry's figures; SD0015 bounds one component at 1,000,000 instances, so no component of this palette ca...
/// Not applicable: the resilience gate (infeasible target): Follows from the infeasible capacity target: the peak-burst scenario is that same peak, which no component held at SD0015's 1,000,000 instances carries (US among them); the instance-loss and cache-loss scenarios are not graded either, as for the other problems whose resilience follows from capacity.
/// </summary>
[Design("global-rate-limiting")]
public sealed class GlobalRateLimitingDesign : IDesign
{
    public void Describe(ArchitectureBuilder a)
    {
        // the workload's source: users outside the system, not sized or billed
        var clients = a.Component("redirect_client", "Clients");
        // 100,000,000 req/s × 1.2 headroom ÷ 85,000 per instance = 1412; every constraint at once needs 117648 (the peak: 100 × 100,000,000 ÷ 85,000 req/s, below 100%) → 1412
        var lB = a.Component("lb", "LB").Instances(1412);
        // 33,333,333 req/s × 1.2 headroom ÷ 150 per instance = 266667; every constraint at once needs 22222223 (the peak: 100 × 33,333,333.33 ÷ 150 req/s, below 100%) → 266667
        var uS = a.Component("app", "US").Instances(266667);
        // 33,333,333 req/s × 1.2 headroom ÷ 150 per instance = 266667; every constraint at once needs 22222223 (the peak: 100 × 33,333,333.33 ÷ 150 req/s, below 100%) → 266667
        var eU = a.Component("app", "EU").Instances(266667);
        // 33,333,333 req/s × 1.2 headroom ÷ 150 per instance = 266667; every constraint at once needs 22222223 (the peak: 100 × 33,333,333.33 ÷ 150 req/s, below 100%) → 266667
        var aP = a.Component("app", "AP").Instances(266667);
        // 33,333,333 req/s × 1.2 headroom ÷ 100,000 per instance = 400; every constraint at once needs 33334 (the peak: 100 × 33,333,333.33 ÷ 100,000 req/s, below 100%); tier T0 needs ≥ 3 cache in all, across 3 components → 400
        var uSRedis = a.Component("cache", "US Redis").Instances(400);
        // 33,333,333 req/s × 1.2 headroom ÷ 100,000 per instance = 400; every constraint at once needs 33334 (the peak: 100 × 33,333,333.33 ÷ 100,000 req/s, below 100%); tier T0 needs ≥ 3 cache in all, across 3 components → 400
        var eURedis = a.Component("cache", "EU Redis").Instances(400);
        // 33,333,333 req/s × 1.2 headroom ÷ 100,000 per instance = 400; every constraint at once needs 33334 (the peak: 100 × 33,333,333.33 ÷ 100,000 req/s, below 100%); tier T0 needs ≥ 3 cache in all, across 3 components → 400
        var aPRedis = a.Component("cache", "AP Redis").Instances(400);
        // 28,000,000 req/s × 1.2 headroom ÷ 1,000 per instance = 33600; every constraint at once needs 2800001 (the peak: 100 × 28,000,000 ÷ 1,000 req/s, below 100%) → 33600
        var gossipSync = a.Component("worker", "Gossip Sync").Instances(33600);

        clients.ConnectsTo(lB);
        lB.ConnectsTo(uS);
        lB.ConnectsTo(eU);
        lB.ConnectsTo(aP);
        uS.ConnectsTo(uSRedis);
        eU.ConnectsTo(eURedis);
        aP.ConnectsTo(aPRedis);
        uSRedis.ConnectsTo(gossipSync);
        eURedis.ConnectsTo(gossipSync);
        aPRedis.ConnectsTo(gossipSync);
    }
}
