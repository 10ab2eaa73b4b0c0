// Drafted by `sysdesign solve multiregion-queue` (src/SystemDesign.Solver); regenerate, do not hand-edit the counts.
#pragma warning disable SD7003 // Producers emits 450,000 reads/s and has no edge that sends them anywhere. Connect it to what serves them, e.g. Producers.Calls(...).
namespace SystemDesign.Samples.Multiregion;

/// <summary>
/// Multi-Region Message Queue (multiregion-queue).
/// Goal: Durable messaging with regional failover.
/// Topology: the catalog's reference solution. Cheapest passing counts found: $5,909/month.
/// </summary>
[Design("multiregion-queue")]
public sealed class MultiregionQueueDesign : IDesign
{
    public void Describe(ArchitectureBuilder a)
    {
        // the workload's source: users outside the system, not sized or billed
        var producers = a.Component("redirect_client", "Producers");
        // 16,667 req/s × 1.2 headroom ÷ 10,000 per instance = 2; every constraint at once needs 3 (N+1: 16,666.67 ÷ 10,000 req/s below 100%, plus one instance to lose); tier T0 needs ≥ 3 queue in all, across 3 components → 3
        var uSQueue = a.Component("queue", "US Queue").Instances(3);
        // 16,667 req/s × 1.2 headroom ÷ 10,000 per instance = 2; every constraint at once needs 3 (N+1: 16,666.67 ÷ 10,000 req/s below 100%, plus one instance to lose); tier T0 needs ≥ 3 queue in all, across 3 components → 3
        var eUQueue = a.Component("queue", "EU Queue").Instances(3);
        // 16,667 req/s × 1.2 headroom ÷ 10,000 per instance = 2; every constraint at once needs 3 (N+1: 16,666.67 ÷ 10,000 req/s below 100%, plus one instance to lose); tier T0 needs ≥ 3 queue in all, across 3 components → 3
        var aPQueue = a.Component("queue", "AP Queue").Instances(3);
        // 50,000 req/s × 1.2 headroom ÷ 10,000 per instance = 6; every constraint at once needs 7 (N+1: 50,000 ÷ 10,000 req/s below 100%, plus one instance to lose) → 7
        var replication = a.Component("stream", "Replication").Instances(7).Parameter("partitions", 75);
        // 50,000 req/s × 1.2 headroom ÷ 1,000 per instance = 60 → 60
        var consumers = a.Component("worker", "Consumers").Instances(60);

        producers.ConnectsTo(uSQueue);
        producers.ConnectsTo(eUQueue);
        producers.ConnectsTo(aPQueue);
        uSQueue.ConnectsTo(replication);
        eUQueue.ConnectsTo(replication);
        aPQueue.ConnectsTo(replication);
        replication.ConnectsTo(consumers);
    }
}
