// Drafted by `sysdesign solve conversations-100m-month` (src/SystemDesign.Solver); regenerate, do not hand-edit the counts.
namespace SystemDesign.Samples.CaseStudies;

/// <summary>
/// Scale to 100M Conversations a Month (conversations-100m-month).
/// Goal: Handle 100M conversations a month, about 6,700 a minute at peak.
/// Topology: the catalog's reference solution. Cheapest passing counts found: $2,225/month.
/// </summary>
[Design("conversations-100m-month")]
public sealed class Conversations100mMonthDesign : IDesign
{
    public void Describe(ArchitectureBuilder a)
    {
        // the workload's source: users outside the system, not sized or billed
        var customers = a.Component("client", "Customers");
        // 112 req/s × 1.2 headroom ÷ 85,000 per instance = 1; every constraint at once needs 2 (N+1: 111.67 ÷ 85,000 req/s below 100%, plus one instance to lose) → 2
        var lB = a.Component("lb", "LB").Instances(2);
        // 112 req/s × 1.2 headroom ÷ 150 per instance = 1; every constraint at once needs 2 (N+1: 111.67 ÷ 150 req/s below 100%, plus one instance to lose) → 2
        var conversationService = a.Component("app", "Conversation Service").Instances(2);
        // 55.84 req/s × 1.2 headroom ÷ 100,000 per instance = 1 → 1
        var conversationCache = a.Component("cache", "Conversation Cache").Instances(1);
        // 55.84 req/s × 1.2 headroom ÷ 1,000 per instance = 1; every constraint at once needs 2 (N+1: 55.84 ÷ 1,000 req/s below 100%, plus one instance to lose); tier T2 needs ≥ 10 db_primary → 10
        var shardedDB = a.Component("db_primary", "Sharded DB").Instances(10);
        // 11.17 req/s × 1.2 headroom ÷ 5,000 per instance = 1; every constraint at once needs 2 (N+1: 11.17 ÷ 5,000 req/s below 100%, plus one instance to lose) → 2
        var shardReplicas = a.Component("db_replica", "Shard Replicas").Instances(2);
        // 55.84 req/s × 1.2 headroom ÷ 10,000 per instance = 1; every constraint at once needs 2 (N+1: 55.84 ÷ 10,000 req/s below 100%, plus one instance to lose) → 2
        var conversationEvents = a.Component("stream", "Conversation Events").Instances(2);
        // 55.84 req/s × 1.2 headroom ÷ 1,000 per instance = 1 → 1
        var eventWorkers = a.Component("worker", "Event Workers").Instances(1);

        customers.ConnectsTo(lB);
        lB.ConnectsTo(conversationService);
        conversationService.ConnectsTo(conversationCache);
        conversationService.ConnectsTo(shardedDB);
        conversationService.ConnectsTo(shardReplicas);
        conversationService.ConnectsTo(conversationEvents);
        conversationEvents.ConnectsTo(eventWorkers);
    }
}
