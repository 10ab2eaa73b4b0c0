// Drafted by `sysdesign solve kafka-streaming-pipeline` (src/SystemDesign.Solver); regenerate, do not hand-edit the counts.
#pragma warning disable SD7001 // State Store gets no traffic: nothing connects it to a client. Connect it from the component that uses it (an edge such as Calls, Reads or Writes to State Store) or remove it.
namespace SystemDesign.Samples.Streaming;

/// <summary>
/// Kafka Streaming Pipeline (kafka-streaming-pipeline).
/// Goal: Build LinkedIn-scale event processing.
/// Topology: the catalog's reference solution. Cheapest passing counts found: $94,253/month.
/// </summary>
[Design("kafka-streaming-pipeline")]
public sealed class KafkaStreamingPipelineDesign : IDesign
{
    public void Describe(ArchitectureBuilder a)
    {
        // the workload's source: users outside the system, not sized or billed
        var eventProducers = a.Component("create_client", "Event Producers");
        // 100,000 req/s × 1.2 headroom ÷ 150 per instance = 800; every constraint at once needs 848 (the latency targets with one instance lost) → 848
        var producerAPI = a.Component("app", "Producer API").Instances(848);
        // 100,000 req/s × 1.2 headroom ÷ 10,000 per instance = 12; every constraint at once needs 13 (the latency targets with one instance lost); at 14: SD6004 Producer API: losing one of 848 Producer API (78.6% → 78.7% busy): P95 of writes from Event Producers goes from 99.65 ms to 100.04 ms, over the 10...
        var kafkaCluster = a.Component("stream", "Kafka Cluster").Instances(15).Parameter("partitions", 120);
        // 100,000 req/s × 1.2 headroom ÷ 1,000 per instance = 120 → 120
        var streamProcessor = a.Component("worker", "Stream Processor").Instances(120);
        // 100,000 req/s × 1.2 headroom ÷ 1,000 per instance = 120 → 120
        var analyticsEngine = a.Component("worker", "Analytics Engine").Instances(120);
        // one instance carries the load and no requirement asks for more → 1
        var stateStore = a.Component("cache", "State Store").Instances(1);
        // 100,000 req/s × 1.2 headroom ÷ 1,000 per instance = 120 → 120
        var analyticsDB = a.Component("db_primary", "Analytics DB").Instances(120);

        eventProducers.ConnectsTo(producerAPI);
        producerAPI.ConnectsTo(kafkaCluster);
        kafkaCluster.ConnectsTo(streamProcessor);
        kafkaCluster.ConnectsTo(analyticsEngine);
        streamProcessor.ConnectsTo(stateStore);
        analyticsEngine.ConnectsTo(analyticsDB);
        analyticsEngine.ConnectsTo(stateStore);
    }
}
