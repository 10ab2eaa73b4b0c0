// Drafted by `sysdesign solve leaderboard-10m-players` (src/SystemDesign.Solver); regenerate, do not hand-edit the counts.
namespace SystemDesign.Samples.CaseStudies;

/// <summary>
/// Real-Time Leaderboard for 10M Players (leaderboard-10m-players).
/// Goal: Update the ranks of 10,000,000 concurrent players every second.
/// Topology: the catalog's reference solution. Cheapest passing counts found: $7,122,460/month.
/// </summary>
[Design("leaderboard-10m-players")]
public sealed class Leaderboard10mPlayersDesign : IDesign
{
    public void Describe(ArchitectureBuilder a)
    {
        // the workload's source: users outside the system, not sized or billed
        var players = a.Component("client", "Players");
        // 10,000,000 req/s × 1.2 headroom ÷ 85,000 per instance = 142 → 142
        var gameLB = a.Component("lb", "Game LB").Instances(142);
        // 10,000,000 req/s × 1.2 headroom ÷ 150 per instance = 80000 → 80000
        var leaderboardAPI = a.Component("app", "Leaderboard API").Instances(80000);
        // 5,000,000 req/s × 1.2 headroom ÷ 10,000 per instance = 600 → 600
        var scoreStream = a.Component("stream", "Score Stream").Instances(600).Parameter("partitions", 6000);
        // 5,000,000 req/s × 1.2 headroom ÷ 1,000 per instance = 6000 → 6000
        var rankWorkers = a.Component("worker", "Rank Workers").Instances(6000);
        // 5,000,000 req/s × 1.2 headroom ÷ 100,000 per instance = 60; tier T1 needs ≥ 100 cache → 100
        var sortedSetShards = a.Component("cache", "Sorted Set Shards").Instances(100);
        // 5,000,000 req/s × 1.2 headroom ÷ 1,000 per instance = 6000 → 6000
        var scoresDB = a.Component("db_primary", "Scores DB").Instances(6000);

        players.ConnectsTo(gameLB);
        gameLB.ConnectsTo(leaderboardAPI);
        leaderboardAPI.ConnectsTo(scoreStream);
        leaderboardAPI.ConnectsTo(sortedSetShards);
        scoreStream.ConnectsTo(rankWorkers);
        rankWorkers.ConnectsTo(sortedSetShards);
        rankWorkers.ConnectsTo(scoresDB);
    }
}
