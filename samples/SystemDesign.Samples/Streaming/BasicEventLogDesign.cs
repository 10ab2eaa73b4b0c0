// Drafted by `sysdesign solve basic-event-log` (src/SystemDesign.Solver); regenerate, do not hand-edit the counts.
namespace SystemDesign.Samples.Streaming;

/// <summary>
/// Basic Event Log Streaming (basic-event-log).
/// Goal: Build a centralized event logging system.
/// Topology: the catalog's reference solution. Cheapest passing counts found: $47,939/month.
/// </summary>
[Design("basic-event-log")]
public sealed class BasicEventLogDesign : IDesign
{
    public void Describe(ArchitectureBuilder a)
    {
        // the workload's source: users outside the system, not sized or billed
        var appServices = a.Component("redirect_client", "App Services");
        // 50,000 req/s × 1.2 headroom ÷ 150 per instance = 400 → 400
        var logCollector = a.Component("app", "Log Collector").Instances(400);
        // 50,000 req/s × 1.2 headroom ÷ 10,000 per instance = 6; every constraint at once needs 7 (N+1: 50,000 ÷ 10,000 req/s below 100%, plus one instance to lose) → 7
        var kafkaStream = a.Component("stream", "Kafka Stream").Instances(7).Parameter("partitions", 60);
        // 50,000 req/s × 1.2 headroom ÷ 1,000 per instance = 60 → 60
        var logProcessor = a.Component("worker", "Log Processor").Instances(60);
        // 50,000 req/s × 1.2 headroom ÷ 500 per instance = 120 → 120
        var elasticsearch = a.Component("search", "Elasticsearch").Instances(120);

        appServices.ConnectsTo(logCollector);
        logCollector.ConnectsTo(kafkaStream);
        kafkaStream.ConnectsTo(logProcessor);
        logProcessor.ConnectsTo(elasticsearch);
    }
}
