// Drafted by `sysdesign solve server-log-aggregation` (src/SystemDesign.Solver); regenerate, do not hand-edit the counts.
namespace SystemDesign.Samples.Streaming;

/// <summary>
/// Server Log Aggregation (server-log-aggregation).
/// Goal: Build ELK-style log aggregation.
/// Topology: the catalog's reference solution. Cheapest passing counts found: $120,275/month.
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
        // 20,000 req/s × 1.2 headroom ÷ 10,000 per instance = 3; every constraint at once needs 4 (N+1: 20,000 ÷ 10,000 req/s below 100%, plus one instance to lose) → 4
        var kafkaBuffer = a.Component("stream", "Kafka Buffer").Instances(4).Parameter("partitions", 30);
        // 20,000 req/s × 1.2 headroom ÷ 1,000 per instance = 24 → 24
        var logstash = a.Component("worker", "Logstash").Instances(24);
        // 20,000 req/s × 1.2 headroom ÷ 500 per instance = 48 → 48
        var elasticsearch = a.Component("search", "Elasticsearch").Instances(48);

        appServers.ConnectsTo(filebeat);
        filebeat.ConnectsTo(kafkaBuffer);
        kafkaBuffer.ConnectsTo(logstash);
        logstash.ConnectsTo(elasticsearch);
    }
}
