// Drafted by `sysdesign solve security-event-search` (src/SystemDesign.Solver); regenerate, do not hand-edit the counts.
#pragma warning disable SD7001 // Rule Cache gets no traffic: nothing connects it to a client. Connect it from the component that uses it (an edge such as Calls, Reads or Writes to Rule Cache) or remove it.
namespace SystemDesign.Samples.Search;

/// <summary>
/// Security Event Search (SIEM) (security-event-search).
/// Goal: Find anomalies and attack patterns.
/// Topology: the catalog's reference solution. Cheapest passing counts found: $317,664/month.
/// </summary>
[Design("security-event-search")]
public sealed class SecurityEventSearchDesign : IDesign
{
    public void Describe(ArchitectureBuilder a)
    {
        // the workload's source: users outside the system, not sized or billed
        var logs = a.Component("create_client", "Logs");
        // 500,000 req/s × 1.2 headroom ÷ 10,000 per instance = 60 → 60
        var kafka = a.Component("stream", "Kafka").Instances(60).Parameter("partitions", 600);
        // 500,000 req/s × 1.2 headroom ÷ 1,000 per instance = 600 → 600
        var normalizers = a.Component("worker", "Normalizers").Instances(600);
        // 500,000 req/s × 1.2 headroom ÷ 1,000 per instance = 600 → 600
        var correlation = a.Component("worker", "Correlation").Instances(600);
        // 500,000 req/s × 1.2 headroom ÷ 500 per instance = 1200 → 1200
        var eventIndex = a.Component("search", "Event Index").Instances(1200);
        // 500,000 req/s × 1.2 headroom ÷ 1,000 per instance = 600 → 600
        var threatIntel = a.Component("db_primary", "Threat Intel").Instances(600);
        // one instance carries the load and no requirement asks for more → 1
        var ruleCache = a.Component("cache", "Rule Cache").Instances(1);

        logs.ConnectsTo(kafka);
        kafka.ConnectsTo(normalizers);
        normalizers.ConnectsTo(correlation);
        correlation.ConnectsTo(eventIndex);
        correlation.ConnectsTo(threatIntel);
        correlation.ConnectsTo(ruleCache);
    }
}
