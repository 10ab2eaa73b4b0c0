// Drafted by `sysdesign solve gaming-leaderboard-cache` (src/SystemDesign.Solver); regenerate, do not hand-edit the counts.
namespace SystemDesign.Samples.Caching;

/// <summary>
/// Gaming Leaderboard Cache (gaming-leaderboard-cache).
/// Goal: Display top 100 players with &lt;50ms updates.
/// Topology: the catalog's reference solution. Cheapest passing counts found: $111,024/month.
/// </summary>
[Design("gaming-leaderboard-cache")]
public sealed class GamingLeaderboardCacheDesign : IDesign
{
    public void Describe(ArchitectureBuilder a)
    {
        // the workload's source: users outside the system, not sized or billed
        var gameClients = a.Component("redirect_client", "Game Clients");
        // 70,000 req/s × 1.2 headroom ÷ 85,000 per instance = 1; every constraint at once needs 2 (N+1: 70,000 ÷ 85,000 req/s below 100%, plus one instance to lose) → 2
        var loadBalancer = a.Component("lb", "Load Balancer").Instances(2);
        // 70,000 req/s × 1.2 headroom ÷ 150 per instance = 560; every constraint at once needs 1385 (the latency targets with Redis Leaderboard cold); tier T2 needs ≥ 10 app → 1385
        var gameAPI = a.Component("app", "Game API").Instances(1385);
        // 50,000 req/s × 1.2 headroom ÷ 100,000 per instance = 1 → 1
        var redisLeaderboard = a.Component("cache", "Redis Leaderboard").Instances(1);
        // 30,000 req/s × 1.2 headroom ÷ 1,000 per instance = 36; every constraint at once needs 95 (the latency targets with Redis Leaderboard cold) → 95
        var scoreDB = a.Component("db_primary", "Score DB").Instances(95);

        gameClients.ConnectsTo(loadBalancer);
        loadBalancer.ConnectsTo(gameAPI);
        gameAPI.ConnectsTo(redisLeaderboard);
        gameAPI.ConnectsTo(scoreDB);
    }
}
