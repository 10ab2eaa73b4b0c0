// Drafted by `sysdesign solve basic-web-cache` (src/SystemDesign.Solver); regenerate, do not hand-edit the counts.
#pragma warning disable SD7003 // Memcached receives 10,000 reads/s and 25,000 writes/s it has no edge to pass on. Connect it to what serves them.
namespace SystemDesign.Samples.Caching;

/// <summary>
/// Reddit Comment System (basic-web-cache).
/// Goal: Handle Reddit-scale traffic with Obama AMA-level spikes
/// Topology: the catalog's reference solution. Cheapest passing counts found: $13,936,579/month (budget $100,000).
/// Not applicable: the cost gate (infeasible target): The budget, $100,000 a month (constant budget_monthly: 100000), is below the cheapest design the solver finds that carries the stated rate and peak (NFR Request Rate: 5M reads/sec, 50k writes/sec normal. 50M reads/sec viral spike; peak constant spike_multiplier: 10): $13,975,857 a month at the re...
/// </summary>
[Design("basic-web-cache")]
public sealed class BasicWebCacheDesign : IDesign
{
    public void Describe(ArchitectureBuilder a)
    {
        // the workload's source: users outside the system, not sized or billed
        var globalUsers = a.Component("redirect_client", "Global Users");
        // 5,050,000 req/s × 1.2 headroom ÷ 250,000 per instance = 25; every constraint at once needs 203 (the peak: 10 × 5,050,000 ÷ 250,000 req/s, below 100%) → 203
        var cloudFront = a.Component("cdn", "CloudFront").Instances(203);
        // 1,050,000 req/s × 1.2 headroom ÷ 85,000 per instance = 15; every constraint at once needs 124 (the peak: 10 × 1,050,000 ÷ 85,000 req/s, below 100%) → 124
        var aLB = a.Component("lb", "ALB").Instances(124);
        // 1,050,000 req/s × 1.2 headroom ÷ 2,000 per instance = 630; every constraint at once needs 5434 (the latency targets at the peak (10 ×)); tier T0 needs ≥ 2500 app → 5434
        var aPIFleet = a.Component("app", "API Fleet").Instances(5434);
        // 525,000 req/s × 1.2 headroom ÷ 100,000 per instance = 7; every constraint at once needs 53 (the peak: 10 × 525,000 ÷ 100,000 req/s, below 100%) → 53
        var redisCluster = a.Component("cache", "Redis Cluster").Instances(53).Parameter("hit_rate", 0.98);
        // 525,000 req/s × 1.2 headroom ÷ 100,000 per instance = 7; every constraint at once needs 53 (the peak: 10 × 525,000 ÷ 100,000 req/s, below 100%) → 53
        var memcached = a.Component("cache", "Memcached").Instances(53).Parameter("hit_rate", 0.98);
        // 50,000 req/s × 1.2 headroom ÷ 10,000 per instance = 6; every constraint at once needs 61 (the latency targets at the peak (10 ×)) → 61
        var kafka = a.Component("stream", "Kafka").Instances(61).Parameter("partitions", 1880);
        // 85,000 req/s × 1.2 headroom ÷ 1,000 per instance = 102; every constraint at once needs 1827 (the latency targets at the peak (10 ×)) → 1827
        var auroraPrimary = a.Component("db_primary", "Aurora Primary").Instances(1827);
        // 10,000 req/s × 1.2 headroom ÷ 50,000 per instance = 1; every constraint at once needs 11 (Memcached cold: 500,000 ÷ 50,000 req/s below 100%); tier T3 needs ≥ 10 db_replica → 11
        var auroraReplicas = a.Component("db_replica", "Aurora Replicas").Instances(11);

        globalUsers.ConnectsTo(cloudFront);
        cloudFront.ConnectsTo(aLB);
        aLB.ConnectsTo(aPIFleet);
        aPIFleet.ConnectsTo(redisCluster);
        aPIFleet.ConnectsTo(memcached);
        aPIFleet.ConnectsTo(kafka);
        redisCluster.ConnectsTo(auroraPrimary);
        memcached.ConnectsTo(auroraReplicas);
        kafka.ConnectsTo(auroraPrimary);
    }
}
