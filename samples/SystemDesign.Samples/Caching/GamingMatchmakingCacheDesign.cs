// Drafted by `sysdesign solve gaming-matchmaking-cache` (src/SystemDesign.Solver); regenerate, do not hand-edit the counts.
namespace SystemDesign.Samples.Caching;

/// <summary>
/// Gaming Matchmaking Cache (gaming-matchmaking-cache).
/// Goal: Match players in &lt;3 seconds with balanced teams.
/// Topology: the catalog's reference solution. Cheapest passing counts found: $50,215/month.
/// </summary>
[Design("gaming-matchmaking-cache")]
public sealed class GamingMatchmakingCacheDesign : IDesign
{
    public void Describe(ArchitectureBuilder a)
    {
        // the workload's source: users outside the system, not sized or billed
        var players = a.Component("redirect_client", "Players");
        // 50,000 req/s × 1.2 headroom ÷ 85,000 per instance = 1; every constraint at once needs 2 (N+1: 50,000 ÷ 85,000 req/s below 100%, plus one instance to lose) → 2
        var loadBalancer = a.Component("lb", "Load Balancer").Instances(2);
        // 50,000 req/s × 1.2 headroom ÷ 150 per instance = 400 → 400
        var matchmaker = a.Component("app", "Matchmaker").Instances(400);
        // 50,000 req/s × 1.2 headroom ÷ 100,000 per instance = 1; every constraint at once needs 2 (N+1: 50,000 ÷ 100,000 req/s below 100%, plus one instance to lose) → 2
        var queueCache = a.Component("cache", "Queue Cache").Instances(2);
        // 100,000 req/s × 1.2 headroom ÷ 1,000 per instance = 120 → 120
        var matchHistory = a.Component("db_primary", "Match History").Instances(120);
        // 50,000 req/s × 1.2 headroom ÷ 1,000 per instance = 60; tier T2 needs ≥ 50 worker → 60
        var matchWorkers = a.Component("worker", "Match Workers").Instances(60);
        // 50,000 req/s × 1.2 headroom ÷ 10,000 per instance = 6; every constraint at once needs 7 (N+1: 50,000 ÷ 10,000 req/s below 100%, plus one instance to lose) → 7
        var matchEvents = a.Component("stream", "Match Events").Instances(7).Parameter("partitions", 120);

        players.ConnectsTo(loadBalancer);
        loadBalancer.ConnectsTo(matchmaker);
        matchmaker.ConnectsTo(queueCache);
        matchmaker.ConnectsTo(matchHistory);
        queueCache.ConnectsTo(matchWorkers);
        matchWorkers.ConnectsTo(matchEvents);
        matchEvents.ConnectsTo(matchHistory);
    }
}
