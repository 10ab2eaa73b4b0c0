// Drafted by `sysdesign solve social-media-feed` (src/SystemDesign.Solver); regenerate, do not hand-edit the counts.
namespace SystemDesign.Samples.Streaming;

/// <summary>
/// Social Media Feed (social-media-feed).
/// Goal: Build personalized social feeds at scale.
/// Topology: the catalog's reference solution. Cheapest passing counts found: $292,553/month.
/// </summary>
[Design("social-media-feed")]
public sealed class SocialMediaFeedDesign : IDesign
{
    public void Describe(ArchitectureBuilder a)
    {
        // the workload's source: users outside the system, not sized or billed
        var appUsers = a.Component("redirect_client", "App Users");
        // 500,000 req/s × 1.2 headroom ÷ 85,000 per instance = 8 → 8
        var loadBalancer = a.Component("lb", "Load Balancer").Instances(8);
        // 500,000 req/s × 1.2 headroom ÷ 150 per instance = 4000 → 4000
        var feedAPI = a.Component("app", "Feed API").Instances(4000);
        // 498,850 req/s × 1.2 headroom ÷ 100,000 per instance = 6 → 6
        var feedCache = a.Component("cache", "Feed Cache").Instances(6);
        // 1,150 req/s × 1.2 headroom ÷ 10,000 per instance = 1; every constraint at once needs 2 (N+1: 1,150 ÷ 10,000 req/s below 100%, plus one instance to lose) → 2
        var postStream = a.Component("stream", "Post Stream").Instances(2).Parameter("partitions", 3);
        // 1,150 req/s × 1.2 headroom ÷ 1,000 per instance = 2; every constraint at once needs 3 (N+1: 1,150 ÷ 1,000 req/s below 100%, plus one instance to lose) → 3
        var feedBuilder = a.Component("worker", "Feed Builder").Instances(3);
        // 1,150 req/s × 1.2 headroom ÷ 1,000 per instance = 2; every constraint at once needs 3 (N+1: 1,150 ÷ 1,000 req/s below 100%, plus one instance to lose) → 3
        var socialGraph = a.Component("db_primary", "Social Graph").Instances(3);

        appUsers.ConnectsTo(loadBalancer);
        loadBalancer.ConnectsTo(feedAPI);
        feedAPI.ConnectsTo(feedCache);
        feedAPI.ConnectsTo(postStream);
        postStream.ConnectsTo(feedBuilder);
        feedBuilder.ConnectsTo(feedCache);
        feedBuilder.ConnectsTo(socialGraph);
    }
}
