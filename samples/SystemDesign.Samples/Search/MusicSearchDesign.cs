// Drafted by `sysdesign solve music-search` (src/SystemDesign.Solver); regenerate, do not hand-edit the counts.
namespace SystemDesign.Samples.Search;

/// <summary>
/// Music Search (Spotify/Apple Music) (music-search).
/// Goal: Find music by metadata and audio features.
/// Topology: the catalog's reference solution. Cheapest passing counts found: $108,497/month.
/// </summary>
[Design("music-search")]
public sealed class MusicSearchDesign : IDesign
{
    public void Describe(ArchitectureBuilder a)
    {
        // the workload's source: users outside the system, not sized or billed
        var users = a.Component("redirect_client", "Users");
        // 100,000 req/s × 1.2 headroom ÷ 85,000 per instance = 2; every constraint at once needs 3 (N+1: 100,000 ÷ 85,000 req/s below 100%, plus one instance to lose) → 3
        var lB = a.Component("lb", "LB").Instances(3);
        // 100,000 req/s × 1.2 headroom ÷ 150 per instance = 800; every constraint at once needs 1088 (the latency targets with one instance lost); at 1094: SD6004 Music Index: losing one of 241 Music Index (83% → 83.3% busy): P95 of reads from Users goes from 79.54 ms to 80.01 ms, over the 80 ms target → 1095
        var aPI = a.Component("app", "API").Instances(1095);
        // 90,000 req/s × 1.2 headroom ÷ 100,000 per instance = 2 → 2
        var queryCache = a.Component("cache", "Query Cache").Instances(2);
        // 100,000 req/s × 1.2 headroom ÷ 500 per instance = 240; every constraint at once needs 241 (the latency targets with one instance lost) → 241
        var musicIndex = a.Component("search", "Music Index").Instances(241);

        users.ConnectsTo(lB);
        lB.ConnectsTo(aPI);
        aPI.ConnectsTo(queryCache);
        aPI.ConnectsTo(musicIndex);
    }
}
