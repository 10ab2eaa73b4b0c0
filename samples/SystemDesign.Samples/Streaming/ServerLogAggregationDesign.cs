// Drafted by `sysdesign solve server-log-aggregation` (src/SystemDesign.Solver); regenerate, do not hand-edit the counts.
namespace SystemDesign.Samples.Streaming;

/// <summary>
/// Server Log Aggregation (server-log-aggregation).
/// Goal: Build ELK-style log aggregation.
/// Topology: the catalog's reference solution. Cheapest passing counts found: $191,143/month.
/// </summary>
[Design("server-log-aggregation")]
public sealed class ServerLogAggregationDesign : IDesign
{
    public void Describe(ArchitectureBuilder a)
    {
        // the workload's source: users outside the system, not sized or billed
        var appServers = a.Component("redirect_client", "App Servers");
        // 200,000 req/s × 1.2 headroom ÷ 150 per instance = 1600 → 1600
        var filebeat = a.Component("app", "Filebeat").Instances(1600);
        // 200,000 req/s × 1.2 headroom ÷ 10,000 per instance = 24 → 24
        var kafkaBuffer = a.Component("stream", "Kafka Buffer").Instances(24).Parameter("partitions", 240);
        // 200,000 req/s × 1.2 headroom ÷ 1,000 per instance = 240 → 240
        var logstash = a.Component("worker", "Logstash").Instances(240);
        // 200,000 req/s × 1.2 headroom ÷ 500 per instance = 480 → 480
        var elasticsearch = a.Component("search", "Elasticsearch").Instances(480);

        appServers.ConnectsTo(filebeat);
        filebeat.ConnectsTo(kafkaBuffer);
        kafkaBuffer.ConnectsTo(logstash);
        logstash.ConnectsTo(elasticsearch);
    }
}
