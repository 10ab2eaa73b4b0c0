// Drafted by `sysdesign solve rtb-ad-cache` (src/SystemDesign.Solver); regenerate, do not hand-edit the counts.
namespace SystemDesign.Samples.Caching;

/// <summary>
/// Real-time Bidding Ad Cache (rtb-ad-cache).
/// Goal: Select and serve ads in &lt;10ms while tracking spend.
/// Topology: the catalog's reference solution. Cheapest passing counts found: $304,949/month.
/// </summary>
[Design("rtb-ad-cache")]
public sealed class RtbAdCacheDesign : IDesign
{
    public void Describe(ArchitectureBuilder a)
    {
        // the workload's source: users outside the system, not sized or billed
        var adRequests = a.Component("redirect_client", "Ad Requests");
        // 500,000 req/s × 1.2 headroom ÷ 85,000 per instance = 8 → 8
        var loadBalancer = a.Component("lb", "Load Balancer").Instances(8);
        // 500,000 req/s × 1.2 headroom ÷ 150 per instance = 4000; tier T2 needs ≥ 100 app → 4000
        var bidder = a.Component("app", "Bidder").Instances(4000);
        // 225,000 req/s × 1.2 headroom ÷ 100,000 per instance = 3; every constraint at once needs 4 (N+1: 225,000 ÷ 100,000 req/s below 100%, plus one instance to lose) → 4
        var creativeCache = a.Component("cache", "Creative Cache").Instances(4);
        // 225,000 req/s × 1.2 headroom ÷ 100,000 per instance = 3; every constraint at once needs 4 (N+1: 225,000 ÷ 100,000 req/s below 100%, plus one instance to lose) → 4
        var budgetCache = a.Component("cache", "Budget Cache").Instances(4);
        // 50,000 req/s × 1.2 headroom ÷ 1,000 per instance = 60 → 60
        var campaignDB = a.Component("db_primary", "Campaign DB").Instances(60);
        // 50,000 req/s × 1.2 headroom ÷ 10,000 per instance = 6; every constraint at once needs 7 (N+1: 50,000 ÷ 10,000 req/s below 100%, plus one instance to lose) → 7
        var impressionStream = a.Component("stream", "Impression Stream").Instances(7).Parameter("partitions", 60);
        // 50,000 req/s × 1.2 headroom ÷ 1,000 per instance = 60 → 60
        var budgetAggregator = a.Component("worker", "Budget Aggregator").Instances(60);

        adRequests.ConnectsTo(loadBalancer);
        loadBalancer.ConnectsTo(bidder);
        bidder.ConnectsTo(creativeCache);
        bidder.ConnectsTo(budgetCache);
        bidder.ConnectsTo(impressionStream);
        impressionStream.ConnectsTo(budgetAggregator);
        budgetAggregator.ConnectsTo(budgetCache);
        budgetAggregator.ConnectsTo(campaignDB);
    }
}
