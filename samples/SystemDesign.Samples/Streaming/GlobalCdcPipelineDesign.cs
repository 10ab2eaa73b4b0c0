// Drafted by `sysdesign solve global-cdc-pipeline` (src/SystemDesign.Solver); regenerate, do not hand-edit the counts.
#pragma warning disable SD7001 // Schema Registry gets no traffic: nothing connects it to an entry point. Connect it from the component that uses it (an edge such as Calls, Reads or Writes to Schema Registry) or remove it.
namespace SystemDesign.Samples.Streaming;

/// <summary>
/// Global CDC Streaming Platform (global-cdc-pipeline).
/// Goal: Stream database changes across regions in real-time.
/// Topology: the catalog's reference solution. Cheapest passing counts found: $134,567/month.
/// </summary>
[Design("global-cdc-pipeline")]
public sealed class GlobalCdcPipelineDesign : IDesign
{
    public void Describe(ArchitectureBuilder a)
    {
        // 250,000 req/s × 1.2 headroom ÷ 1,000 per instance = 300 → 300
        var mySQLSources = a.Component("db_primary", "MySQL Sources").Instances(300);
        // 250,000 req/s × 1.2 headroom ÷ 1,000 per instance = 300 → 300
        var postgresSources = a.Component("db_primary", "Postgres Sources").Instances(300);
        // 500,000 req/s × 1.2 headroom ÷ 1,000 per instance = 600; tier T1 needs ≥ 10 worker in all, across 3 components → 600
        var cDCConnectors = a.Component("worker", "CDC Connectors").Instances(600);
        // 50,000 req/s × 1.2 headroom ÷ 10,000 per instance = 6; every constraint at once needs 7 (N+1: 50,000 ÷ 10,000 req/s below 100%, plus one instance to lose); tier T2 needs ≥ 3 stream in all, across 2 components → 7
        var globalKafka = a.Component("stream", "Global Kafka").Instances(7).Parameter("partitions", 200);
        // 50,000 req/s × 1.2 headroom ÷ 1,000 per instance = 60; tier T1 needs ≥ 10 worker in all, across 3 components → 60
        var transformers = a.Component("worker", "Transformers").Instances(60);
        // 50,000 req/s × 1.2 headroom ÷ 1,000 per instance = 60; tier T1 needs ≥ 10 worker in all, across 3 components → 60
        var routers = a.Component("worker", "Routers").Instances(60);
        // one instance carries the load and no requirement asks for more → 1
        var schemaRegistry = a.Component("cache", "Schema Registry").Instances(1);
        // 100,000 req/s × 1.2 headroom ÷ 10,000 per instance = 12; tier T2 needs ≥ 3 stream in all, across 2 components → 12
        var regionalStreams = a.Component("stream", "Regional Streams").Instances(12).Parameter("partitions", 200);
        // 100,000 req/s × 1.2 headroom ÷ 5,000 per instance = 24 → 24
        var targetSystems = a.Component("db_replica", "Target Systems").Instances(24);

        mySQLSources.ConnectsTo(cDCConnectors);
        postgresSources.ConnectsTo(cDCConnectors);
        cDCConnectors.ConnectsTo(globalKafka);
        globalKafka.ConnectsTo(transformers);
        globalKafka.ConnectsTo(routers);
        transformers.ConnectsTo(schemaRegistry);
        transformers.ConnectsTo(regionalStreams);
        routers.ConnectsTo(regionalStreams);
        regionalStreams.ConnectsTo(targetSystems);
    }
}
