// Drafted by `sysdesign solve ingestion` (src/SystemDesign.Solver); regenerate, do not hand-edit the counts.
namespace SystemDesign.Samples.Streaming;

/// <summary>
/// Segment/Kafka Event Ingestion (ingestion).
/// Goal: Ingest events reliably and keep lag within SLA.
/// Topology: the catalog's reference solution. Cheapest passing counts found: $13,792/month.
/// </summary>
[Design("ingestion")]
public sealed class IngestionDesign : IDesign
{
    public void Describe(ArchitectureBuilder a)
    {
        // the workload's source: users outside the system, not sized or billed
        var sDKClients = a.Component("redirect_client", "SDK Clients");
        // 10,000 req/s × 1.2 headroom ÷ 150 per instance = 80; at 133: SD2003 Producers: at peak (2 × 10,000 = 20,000 req/s) utilization is 100.3% of 19,950 req/s; 134 instances carry the peak → 134
        var producers = a.Component("app", "Producers").Instances(134);
        // 10,000 req/s × 1.2 headroom ÷ 10,000 per instance = 2 → 2
        var stream = a.Component("stream", "Stream").Instances(2).Parameter("partitions", 25);
        // 10,000 req/s × 1.2 headroom ÷ 1,000 per instance = 12; at 19: SD2003 Consumers: at peak (2 × 10,000 = 20,000 req/s) utilization is 105.3% of 19,000 req/s; 20 instances carry the peak → 20
        var consumers = a.Component("worker", "Consumers").Instances(20);
        // 10,000 req/s × 1.2 headroom ÷ 1,000 per instance = 12; at 19: SD2003 Landing DB: at peak (2 × 10,000 = 20,000 req/s) utilization is 105.3% of 19,000 req/s; 20 instances carry the peak → 20
        var landingDB = a.Component("db_primary", "Landing DB").Instances(20);
        // 10,000 req/s × 1.2 headroom ÷ 5,500 per instance = 3; at 3: SD2003 Archive: at peak (2 × 10,000 = 20,000 req/s) utilization is 121.2% of 16,500 req/s; 4 instances carry the peak → 4
        var archive = a.Component("object_store", "Archive").Instances(4);

        sDKClients.ConnectsTo(producers);
        producers.ConnectsTo(stream);
        stream.ConnectsTo(consumers);
        consumers.ConnectsTo(landingDB);
        consumers.ConnectsTo(archive);
    }
}
