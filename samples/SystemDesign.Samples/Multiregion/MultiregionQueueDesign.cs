// Drafted by `sysdesign solve multiregion-queue` (src/SystemDesign.Solver); regenerate, do not hand-edit the counts.
namespace SystemDesign.Samples.Multiregion;

/// <summary>
/// Multi-Region Message Queue (multiregion-queue).
/// Goal: Durable messaging with regional failover.
/// Topology: the catalog's reference solution. Cheapest passing counts found: $55,451/month.
/// </summary>
[Design("multiregion-queue")]
public sealed class MultiregionQueueDesign : IDesign
{
    public void Describe(ArchitectureBuilder a)
    {
        // the workload's source: users outside the system, not sized or billed
        var producers = a.Component("create_client", "Producers");
        // 166,667 req/s × 1.2 headroom ÷ 10,000 per instance = 20; tier T0 needs ≥ 3 queue in all, across 3 components → 20
        var uSQueue = a.Component("queue", "US Queue").Instances(20);
        // 166,667 req/s × 1.2 headroom ÷ 10,000 per instance = 20; tier T0 needs ≥ 3 queue in all, across 3 components → 20
        var eUQueue = a.Component("queue", "EU Queue").Instances(20);
        // 166,667 req/s × 1.2 headroom ÷ 10,000 per instance = 20; tier T0 needs ≥ 3 queue in all, across 3 components → 20
        var aPQueue = a.Component("queue", "AP Queue").Instances(20);
        // 500,000 req/s × 1.2 headroom ÷ 10,000 per instance = 60 → 60
        var replication = a.Component("stream", "Replication").Instances(60).Parameter("partitions", 600);
        // 500,000 req/s × 1.2 headroom ÷ 1,000 per instance = 600 → 600
        var consumers = a.Component("worker", "Consumers").Instances(600);

        producers.ConnectsTo(uSQueue);
        producers.ConnectsTo(eUQueue);
        producers.ConnectsTo(aPQueue);
        uSQueue.ConnectsTo(replication);
        eUQueue.ConnectsTo(replication);
        aPQueue.ConnectsTo(replication);
        replication.ConnectsTo(consumers);
    }
}
