// Drafted by `sysdesign solve gaming-leaderboard` (src/SystemDesign.Solver); regenerate, do not hand-edit the counts.
#pragma warning disable SD7001 // Snapshot Worker gets no traffic: nothing connects it to a client. Connect it from the component that uses it (an edge such as Calls, Reads or Writes to Snapshot Worker) or remove it.
namespace SystemDesign.Samples.Storage;

/// <summary>
/// Gaming Leaderboard Database (gaming-leaderboard).
/// Goal: Learn sorted set data structures.
/// Topology: the catalog's reference solution. Cheapest passing counts found: $71,751/month.
/// </summary>
[Design("gaming-leaderboard")]
public sealed class GamingLeaderboardDesign : IDesign
{
    public void Describe(ArchitectureBuilder a)
    {
        // the workload's source: users outside the system, not sized or billed
        var gameServers = a.Component("redirect_client", "Game Servers");
        // 100,000 req/s × 1.2 headroom ÷ 85,000 per instance = 2; every constraint at once needs 3 (N+1: 100,000 ÷ 85,000 req/s below 100%, plus one instance to lose) → 3
        var lB = a.Component("lb", "LB").Instances(3);
        // 100,000 req/s × 1.2 headroom ÷ 150 per instance = 800 → 800
        var scoreAPI = a.Component("app", "Score API").Instances(800);
        // 100,000 req/s × 1.2 headroom ÷ 100,000 per instance = 2; every constraint at once needs 3 (N+1: 100,000 ÷ 100,000 req/s below 100%, plus one instance to lose) → 3
        var redisSortedSets = a.Component("cache", "Redis Sorted Sets").Instances(3);
        // 28,000 req/s × 1.2 headroom ÷ 1,000 per instance = 34; every constraint at once needs 101 (Redis Sorted Sets cold: 100,000 ÷ 1,000 req/s below 100%) → 101
        var postgreSQL = a.Component("db_primary", "PostgreSQL").Instances(101);
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
