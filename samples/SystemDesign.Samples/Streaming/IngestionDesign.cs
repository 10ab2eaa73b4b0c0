// Drafted by `sysdesign solve ingestion` (src/SystemDesign.Solver); regenerate, do not hand-edit the counts.
namespace SystemDesign.Samples.Streaming;

/// <summary>
/// Segment/Kafka Event Ingestion (ingestion).
/// Goal: Ingest events reliably and keep lag within SLA.
/// Topology: the catalog's reference solution. Cheapest passing counts found: $5,946/month.
/// </summary>
[Design("ingestion")]
public sealed class IngestionDesign : IDesign
{
    public void Describe(ArchitectureBuilder a)
    {
        // the workload's source: users outside the system, not sized or billed
        var sDKClients = a.Component("redirect_client", "SDK Clients");
        // 10,000 req/s × 1.2 headroom ÷ 1,200 per instance = 10; every constraint at once needs 17 (the peak: 2 × 10,000 ÷ 1,200 req/s, below 100%) → 17
        var producers = a.Component("app", "Producers").Instances(17);
        // 10,000 req/s × 1.2 headroom ÷ 10,000 per instance = 2; every constraint at once needs 3 (the peak: 2 × 10,000 ÷ 10,000 req/s, below 100%) → 3
        var stream = a.Component("stream", "Stream").Instances(3).Parameter("partitions", 21);
        // 10,000 req/s × 1.2 headroom ÷ 1,000 per instance = 12; every constraint at once needs 21 (the peak: 2 × 10,000 ÷ 1,000 req/s, below 100%) → 21
        var consumers = a.Component("worker", "Consumers").Instances(21);
        // 10,000 req/s × 1.2 headroom ÷ 1,000 per instance = 12; every constraint at once needs 21 (the peak: 2 × 10,000 ÷ 1,000 req/s, below 100%) → 21
        var landingDB = a.Component("db_primary", "Landing DB").Instances(21);
        // 10,000 req/s × 1.2 headroom ÷ 5,500 per instance = 3; every constraint at once needs 4 (the peak: 2 × 10,000 ÷ 5,500 req/s, below 100%) → 4
        var archive = a.Component("object_store", "Archive").Instances(4);

        sDKClients.ConnectsTo(producers);
        producers.ConnectsTo(stream);
        stream.ConnectsTo(consumers);
        consumers.ConnectsTo(landingDB);
        consumers.ConnectsTo(archive);
    }
}
