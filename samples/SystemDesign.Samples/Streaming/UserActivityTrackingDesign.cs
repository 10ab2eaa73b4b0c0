// Drafted by `sysdesign solve user-activity-tracking` (src/SystemDesign.Solver); regenerate, do not hand-edit the counts.
namespace SystemDesign.Samples.Streaming;

/// <summary>
/// User Activity Tracking (user-activity-tracking).
/// Goal: Build Mixpanel-style analytics.
/// Topology: the catalog's reference solution. Cheapest passing counts found: $1,106,125/month.
/// </summary>
[Design("user-activity-tracking")]
public sealed class UserActivityTrackingDesign : IDesign
{
    public void Describe(ArchitectureBuilder a)
    {
        // the workload's source: users outside the system, not sized or billed
        var mobileWebApps = a.Component("redirect_client", "Mobile/Web Apps");
        // 300,000 req/s × 1.2 headroom ÷ 250,000 per instance = 2; every constraint at once needs 3 (N+1: 300,000 ÷ 250,000 req/s below 100%, plus one instance to lose) → 3
        var edgeCollectors = a.Component("cdn", "Edge Collectors").Instances(3);
        // 300,000 req/s × 1.2 headroom ÷ 150 per instance = 2400 → 2400
        var trackingAPI = a.Component("app", "Tracking API").Instances(2400);
        // 300,000 req/s × 1.2 headroom ÷ 10,000 per instance = 36 → 36
        var eventStream = a.Component("stream", "Event Stream").Instances(36).Parameter("partitions", 360);
        // 300,000 req/s × 1.2 headroom ÷ 1,000 per instance = 360 → 360
        var profileBuilder = a.Component("worker", "Profile Builder").Instances(360);
        // 300,000 req/s × 1.2 headroom ÷ 1,000 per instance = 360 → 360
        var metricAggregator = a.Component("worker", "Metric Aggregator").Instances(360);
        // 600,000 req/s × 1.2 headroom ÷ 1,000 per instance = 720 → 720
        var analyticsDB = a.Component("db_primary", "Analytics DB").Instances(720);

        mobileWebApps.ConnectsTo(edgeCollectors);
        edgeCollectors.ConnectsTo(trackingAPI);
        trackingAPI.ConnectsTo(eventStream);
        eventStream.ConnectsTo(profileBuilder);
        eventStream.ConnectsTo(metricAggregator);
        profileBuilder.ConnectsTo(analyticsDB);
        metricAggregator.ConnectsTo(analyticsDB);
    }
}
