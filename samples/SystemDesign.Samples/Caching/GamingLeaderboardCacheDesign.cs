// Drafted by `sysdesign solve gaming-leaderboard-cache` (src/SystemDesign.Solver); regenerate, do not hand-edit the counts.
#pragma warning disable SD6004 // If Redis Leaderboard is lost or cold (hit rate 80% → 0), P95 of reads from Game Clients goes from 47.91 ms to unbounded, over the 50 ms target; P99 of reads from Game Clients goes from 70.83 ms to unbounded, over the 100 ms target; P95 of writes from Game Clients goes from 49.97 ms to unbounded, ...
namespace SystemDesign.Samples.Caching;

/// <summary>
/// Gaming Leaderboard Cache (gaming-leaderboard-cache).
/// Goal: Display top 100 players with &lt;50ms updates.
/// Topology: the catalog's reference solution. Cheapest passing counts found: $89,286/month.
/// </summary>
[Design("gaming-leaderboard-cache")]
public sealed class GamingLeaderboardCacheDesign : IDesign
{
    public void Describe(ArchitectureBuilder a)
    {
        // the workload's source: users outside the system, not sized or billed
        var gameClients = a.Component("redirect_client", "Game Clients");
        // 70,000 req/s × 1.2 headroom ÷ 85,000 per instance = 1; at 1: SD4002 Load Balancer is a single point of failure: its load needs 1 of its 1 instance, so losing any one stops requests (99.99% available, registry lb: AWS Elastic ... → 2
        var loadBalancer = a.Component("lb", "Load Balancer").Instances(2);
        // 70,000 req/s × 1.2 headroom ÷ 150 per instance = 560; tier T2 needs ≥ 10 app; at 1141: SD6004 Game API: losing one of 1,141 Game API (40.9% → 40.9% busy): P95 of writes from Game Clients goes from 49.99 ms to 50 ms, over the 50 ms target → 1142
        var gameAPI = a.Component("app", "Game API").Instances(1142);
        // 50,000 req/s × 1.2 headroom ÷ 100,000 per instance = 1 → 1
        var redisLeaderboard = a.Component("cache", "Redis Leaderboard").Instances(1);
        // 30,000 req/s × 1.2 headroom ÷ 1,000 per instance = 36; at 69: SD6004 Score DB: losing one of 69 Score DB (43.5% → 44.1% busy): P95 of writes from Game Clients goes from 49.99 ms to 50.01 ms, over the 50 ms target → 70
        var scoreDB = a.Component("db_primary", "Score DB").Instances(70);

        gameClients.ConnectsTo(loadBalancer);
        loadBalancer.ConnectsTo(gameAPI);
        gameAPI.ConnectsTo(redisLeaderboard);
        gameAPI.ConnectsTo(scoreDB);
    }
}
