// Drafted by `sysdesign solve like-counter-1m-writes` (src/SystemDesign.Solver); regenerate, do not hand-edit the counts.
namespace SystemDesign.Samples.CaseStudies;

/// <summary>
/// Like Counter: 1M Writes/s and 10M Reads/s (like-counter-1m-writes).
/// Goal: Serve 10M counter reads and 1M increments per second.
/// Topology: the catalog's reference solution. Cheapest passing counts found: $6,673,505/month.
/// </summary>
[Design("like-counter-1m-writes")]
public sealed class LikeCounter1mWritesDesign : IDesign
{
    public void Describe(ArchitectureBuilder a)
    {
        // the workload's source: users outside the system, not sized or billed
        var users = a.Component("client", "Users");
        // 11,000,000 req/s × 1.2 headroom ÷ 85,000 per instance = 156 → 156
        var lB = a.Component("lb", "LB").Instances(156);
        // 11,000,000 req/s × 1.2 headroom ÷ 150 per instance = 88000 → 88000
        var counterAPI = a.Component("app", "Counter API").Instances(88000);
        // 9,999,000 req/s × 1.2 headroom ÷ 100,000 per instance = 120 → 120
        var countCache = a.Component("cache", "Count Cache").Instances(120).Parameter("hit_rate", 0.99);
        // 1,001,000 req/s × 1.2 headroom ÷ 10,000 per instance = 121 → 121
        var likeStream = a.Component("stream", "Like Stream").Instances(121).Parameter("partitions", 1202);
        // 1,001,000 req/s × 1.2 headroom ÷ 1,000 per instance = 1202 → 1202
        var aggregators = a.Component("worker", "Aggregators").Instances(1202);
        // 1,001,000 req/s × 1.2 headroom ÷ 1,000 per instance = 1202 → 1202
        var countsDB = a.Component("db_primary", "Counts DB").Instances(1202);

        users.ConnectsTo(lB);
        lB.ConnectsTo(counterAPI);
        counterAPI.ConnectsTo(countCache);
        counterAPI.ConnectsTo(likeStream);
        likeStream.ConnectsTo(aggregators);
        aggregators.ConnectsTo(countsDB);
    }
}
