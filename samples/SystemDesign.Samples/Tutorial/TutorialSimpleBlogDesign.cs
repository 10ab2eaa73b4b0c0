// Drafted by `sysdesign solve tutorial-simple-blog` (src/SystemDesign.Solver); regenerate, do not hand-edit the counts.
namespace SystemDesign.Samples.Tutorial;

/// <summary>
/// Tutorial 1: Personal Blog Platform (tutorial-simple-blog).
/// Goal: Design a simple blog that can scale from 100 to 1,000 requests/sec
/// Topology: the catalog's reference solution. Cheapest passing counts found: $1,204/month.
/// </summary>
[Design("tutorial-simple-blog")]
public sealed class TutorialSimpleBlogDesign : IDesign
{
    public void Describe(ArchitectureBuilder a)
    {
        // the workload's source: users outside the system, not sized or billed
        var blogReaders = a.Component("redirect_client", "Blog Readers");
        // 1,000 req/s × 1.2 headroom ÷ 85,000 per instance = 1; every constraint at once needs 2 (N+1: 1,000 ÷ 85,000 req/s below 100%, plus one instance to lose) → 2
        var loadBalancer = a.Component("lb", "Load Balancer").Instances(2);
        // 1,000 req/s × 1.2 headroom ÷ 150 per instance = 8; every constraint at once needs 9 (the latency targets with one instance lost); tier T1 needs ≥ 2 app; tier T2 needs ≥ 7 app → 9
        var appServers = a.Component("app", "App Servers").Instances(9);
        // 100 req/s × 1.2 headroom ÷ 1,000 per instance = 1; every constraint at once needs 2 (N+1: 100 ÷ 1,000 req/s below 100%, plus one instance to lose) → 2
        var primaryDB = a.Component("db_primary", "Primary DB").Instances(2);
        // 900 req/s × 1.2 headroom ÷ 5,000 per instance = 1; every constraint at once needs 2 (N+1: 900 ÷ 5,000 req/s below 100%, plus one instance to lose) → 2
        var readReplica = a.Component("db_replica", "Read Replica").Instances(2);

        blogReaders.ConnectsTo(loadBalancer);
        loadBalancer.ConnectsTo(appServers);
        appServers.ConnectsTo(primaryDB);
        appServers.ConnectsTo(readReplica);
    }
}
