namespace SystemDesign.Samples.Tests.Incidents;

/// <summary>
/// The incident of leaderboard-10m-players, before the fix: one Redis sorted set ranking 10M players.
/// </summary>
/// <remarks>
/// One cache node cannot take 10M updates and reads a second; nothing buffers the updates.
/// </remarks>
[Incident("leaderboard-10m-players", "SD1001", "SD1002", "SD1003", "SD2001", "SD3003", "SD4002")]
public sealed class Leaderboard10mPlayersIncident : IDesign
{
    public void Describe(ArchitectureBuilder a)
    {
        var players = a.Component("client", "Players");
        var gameLB = a.Component("lb", "Game LB").Instances(142);
        var leaderboardAPI = a.Component("app", "Leaderboard API").Instances(80000);
        var sortedSetShards = a.Component("cache", "Sorted Set Shards").Instances(1);
        var scoresDB = a.Component("db_primary", "Scores DB").Instances(6000);

        players.ConnectsTo(gameLB);
        gameLB.ConnectsTo(leaderboardAPI);
        leaderboardAPI.ConnectsTo(sortedSetShards);
        leaderboardAPI.ConnectsTo(scoresDB);
    }
}
