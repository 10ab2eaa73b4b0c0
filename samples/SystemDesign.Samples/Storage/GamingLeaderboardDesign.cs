// Drafted by `sysdesign solve gaming-leaderboard` (src/SystemDesign.Solver); regenerate, do not hand-edit the counts.
#pragma warning disable SD7001 // Snapshot Worker gets no traffic: nothing connects it to a client. Connect it from the component that uses it (an edge such as Calls, Reads or Writes to Snapshot Worker) or remove it.
namespace SystemDesign.Samples.Storage;

/// <summary>
/// Gaming Leaderboard Database (gaming-leaderboard).
/// Goal: Learn sorted set data structures.
/// Topology: the catalog's reference solution. Cheapest passing counts found: $69,423/month.
/// </summary>
[Design("gaming-leaderboard")]
public sealed class GamingLeaderboardDesign : IDesign
{
    public void Describe(ArchitectureBuilder a)
    {
        // the workload's source: users outside the system, not sized or billed
        var gameServers = a.Component("redirect_client", "Game Servers");
        // 100,000 req/s × 1.2 headroom ÷ 85,000 per instance = 2; at 2: SD6001 LB: losing one of 2 LB leaves 85,000 req/s for 100,000 req/s (117.6%), so 85% of requests are served while it lasts; 3 instances survive the loss of one (N+1... → 3
        var lB = a.Component("lb", "LB").Instances(3);
        // 100,000 req/s × 1.2 headroom ÷ 150 per instance = 800 → 800
        var scoreAPI = a.Component("app", "Score API").Instances(800);
        // 100,000 req/s × 1.2 headroom ÷ 100,000 per instance = 2 → 2
        var redisSortedSets = a.Component("cache", "Redis Sorted Sets").Instances(2);
        // 28,000 req/s × 1.2 headroom ÷ 1,000 per instance = 34; at 99: SD6002 If Redis Sorted Sets is lost or cold (hit rate 80% → 0), PostgreSQL goes from 28,000 to 100,000 req/s against 99,000 req/s capacity (101%); 100 instances car... → 100
        var postgreSQL = a.Component("db_primary", "PostgreSQL").Instances(100);
        // one instance carries the load and no requirement asks for more → 1
        var snapshotWorker = a.Component("worker", "Snapshot Worker").Instances(1);

        gameServers.ConnectsTo(lB);
        lB.ConnectsTo(scoreAPI);
        scoreAPI.ConnectsTo(redisSortedSets);
        redisSortedSets.ConnectsTo(postgreSQL);
        snapshotWorker.ConnectsTo(redisSortedSets);
        snapshotWorker.ConnectsTo(postgreSQL);
    }
}
