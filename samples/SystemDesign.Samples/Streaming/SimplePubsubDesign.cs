// Drafted by `sysdesign solve simple-pubsub` (src/SystemDesign.Solver); regenerate, do not hand-edit the counts.
#pragma warning disable SD7001 // Subscription Cache gets no traffic: nothing connects it to a client. Connect it from the component that uses it (an edge such as Calls, Reads or Writes to Subscription Cache) or remove it.
namespace SystemDesign.Samples.Streaming;

/// <summary>
/// Simple Pub/Sub Notification (simple-pubsub).
/// Goal: Build a publish-subscribe notification system.
/// Topology: the catalog's reference solution. Cheapest passing counts found: $11,226/month.
/// </summary>
[Design("simple-pubsub")]
public sealed class SimplePubsubDesign : IDesign
{
    public void Describe(ArchitectureBuilder a)
    {
        // the workload's source: users outside the system, not sized or billed
        var publishers = a.Component("create_client", "Publishers");
        // 10,000 req/s × 1.2 headroom ÷ 150 per instance = 80; every constraint at once needs 140 (the latency targets with one instance lost) → 140
        var pubAPI = a.Component("app", "Pub API").Instances(140);
        // 10,000 req/s × 1.2 headroom ÷ 10,000 per instance = 2; every constraint at once needs 3 (N+1: 10,000 ÷ 10,000 req/s below 100%, plus one instance to lose) → 3
        var redisPubSub = a.Component("stream", "Redis Pub/Sub").Instances(3).Parameter("partitions", 12);
        // one instance carries the load and no requirement asks for more → 1
        var subscriptionCache = a.Component("cache", "Subscription Cache").Instances(1);
        // 10,000 req/s × 1.2 headroom ÷ 1,000 per instance = 12 → 12
        var subscribers = a.Component("worker", "Subscribers").Instances(12);

        publishers.ConnectsTo(pubAPI);
        pubAPI.ConnectsTo(redisPubSub);
        redisPubSub.ConnectsTo(subscribers);
        pubAPI.ConnectsTo(subscriptionCache);
    }
}
