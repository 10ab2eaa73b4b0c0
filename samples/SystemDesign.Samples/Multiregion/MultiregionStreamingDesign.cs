// Drafted by `sysdesign solve multiregion-streaming` (src/SystemDesign.Solver); regenerate, do not hand-edit the counts.
namespace SystemDesign.Samples.Multiregion;

/// <summary>
/// Multi-Region Event Streaming (multiregion-streaming).
/// Goal: Build Google Pub/Sub-scale global event streaming.
/// Topology: the catalog's reference solution. Cheapest passing counts found: $78,927,907/month (budget $300,000,000).
/// Not applicable: the capacity gate (infeasible target): The peak, 10 × 100,000,000 = 1,000,000,000 req/s (constant spike_multiplier: 10; NFR Request Rate: 100M events/sec normal, 1B during peaks), needs 1,000,001 instances of MirrorMaker at the registry's figures; SD0015 bounds one component at 1,000,000 instances, so no component of this palette carr...
/// Not applicable: the resilience gate (infeasible target): Follows from the infeasible capacity target: the peak-burst scenario is that same peak, which no component held at SD0015's 1,000,000 instances carries (MirrorMaker among them); the instance-loss and cache-loss scenarios are not graded either, as for the other problems whose resilience follows fr...
/// </summary>
[Design("multiregion-streaming")]
public sealed class MultiregionStreamingDesign : IDesign
{
    public void Describe(ArchitectureBuilder a)
    {
        // the workload's source: users outside the system, not sized or billed
        var producers = a.Component("create_client", "Producers");
        // 100,000,000 req/s × 1.2 headroom ÷ 10,000 per instance = 12000; every constraint at once needs 100001 (the peak: 10 × 100,000,000 ÷ 10,000 req/s, below 100%); tier T0 needs ≥ 3 stream in all, across 3 components → 12000
        var uSKafka = a.Component("stream", "US Kafka").Instances(12000).Parameter("partitions", 2000001);
        // 50,000,000 req/s × 1.2 headroom ÷ 10,000 per instance = 6000; every constraint at once needs 50001 (the peak: 10 × 50,000,000 ÷ 10,000 req/s, below 100%); tier T0 needs ≥ 3 stream in all, across 3 components → 1
        var eUKafka = a.Component("stream", "EU Kafka").Instances(1).Parameter("partitions", 2000001);
        // 50,000,000 req/s × 1.2 headroom ÷ 10,000 per instance = 6000; every constraint at once needs 50001 (the peak: 10 × 50,000,000 ÷ 10,000 req/s, below 100%); tier T0 needs ≥ 3 stream in all, across 3 components → 1
        var aPKafka = a.Component("stream", "AP Kafka").Instances(1).Parameter("partitions", 2000001);
        // 100,000,000 req/s × 1.2 headroom ÷ 1,000 per instance = 120000; every constraint at once needs 1000001 (the peak: 10 × 100,000,000 ÷ 1,000 req/s, below 100%); tier T1 needs ≥ 3 worker in all, across 2 components → 550000
        var mirrorMaker = a.Component("worker", "MirrorMaker").Instances(550000);
        // 200,000,000 req/s × 1.2 headroom ÷ 1,000 per instance = 240000; every constraint at once needs 2000001 (the peak: 10 × 200,000,000 ÷ 1,000 req/s, below 100%); tier T1 needs ≥ 3 worker in all, across 2 components → 550000
        var consumers = a.Component("worker", "Consumers").Instances(550000);

        producers.ConnectsTo(uSKafka);
        uSKafka.ConnectsTo(mirrorMaker);
        eUKafka.ConnectsTo(mirrorMaker);
        aPKafka.ConnectsTo(mirrorMaker);
        mirrorMaker.ConnectsTo(uSKafka);
        mirrorMaker.ConnectsTo(eUKafka);
        mirrorMaker.ConnectsTo(aPKafka);
        uSKafka.ConnectsTo(consumers);
        eUKafka.ConnectsTo(consumers);
        aPKafka.ConnectsTo(consumers);
    }
}
