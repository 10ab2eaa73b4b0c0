// Drafted by `sysdesign solve gaming-matchmaking-cache` (src/SystemDesign.Solver); regenerate, do not hand-edit the counts.
namespace SystemDesign.Samples.Caching;

/// <summary>
/// Gaming Matchmaking Cache (gaming-matchmaking-cache).
/// Goal: Match players in &lt;3 seconds with balanced teams.
/// Topology: the catalog's reference solution. Cheapest passing counts found: $40,761/month.
/// </summary>
[Design("gaming-matchmaking-cache")]
public sealed class GamingMatchmakingCacheDesign : IDesign
{
    public void Describe(ArchitectureBuilder a)
    {
        // the workload's source: users outside the system, not sized or billed
        var players = a.Component("redirect_client", "Players");
        // 50,000 req/s × 1.2 headroom ÷ 85,000 per instance = 1; at 1: SD4002 Load Balancer is a single point of failure: its load needs 1 of its 1 instance, so losing any one stops requests (99.99% available, registry lb: AWS Elastic ... → 2
        var loadBalancer = a.Component("lb", "Load Balancer").Instances(2);
        // 50,000 req/s × 1.2 headroom ÷ 150 per instance = 400 → 400
        var matchmaker = a.Component("app", "Matchmaker").Instances(400);
        // 50,000 req/s × 1.2 headroom ÷ 100,000 per instance = 1; at 1: SD4001 The design serves 99.5% of requests (43.82 h down a year), below the 99.9% target (8.76 h a year; NFR Availability: 99.9% uptime → 2
        var queueCache = a.Component("cache", "Queue Cache").Instances(2);
        // 55,000 req/s × 1.2 headroom ÷ 1,000 per instance = 66 → 66
        var matchHistory = a.Component("db_primary", "Match History").Instances(66);
        // 14,000 req/s × 1.2 headroom ÷ 1,000 per instance = 17; tier T2 needs ≥ 50 worker; at 50: SD6004 If Queue Cache is lost or cold (hit rate 80% → 0), P95 of reads from Players goes from 133.48 ms to unbounded, over the 3,000 ms target; P99 of reads from Pl... → 51
        var matchWorkers = a.Component("worker", "Match Workers").Instances(51);
        // 5,000 req/s × 1.2 headroom ÷ 10,000 per instance = 1; at 1: SD4002 Match Events is a single point of failure: its load needs 1 of its 1 instance, so losing any one stops requests (99.5% available, registry stream: AWS EC2 SL... → 2
        var matchEvents = a.Component("stream", "Match Events").Instances(2).Parameter("partitions", 84);

        players.ConnectsTo(loadBalancer);
        loadBalancer.ConnectsTo(matchmaker);
        matchmaker.ConnectsTo(queueCache);
        matchmaker.ConnectsTo(matchHistory);
        queueCache.ConnectsTo(matchWorkers);
        matchWorkers.ConnectsTo(matchEvents);
        matchEvents.ConnectsTo(matchHistory);
    }
}
