// Drafted by `sysdesign solve global-cdc-pipeline` (src/SystemDesign.Solver); regenerate, do not hand-edit the counts.
#pragma warning disable SD7001 // Schema Registry gets no traffic: nothing connects it to an entry point. Connect it from the component that uses it (an edge such as Calls, Reads or Writes to Schema Registry) or remove it.
namespace SystemDesign.Samples.Streaming;

/// <summary>
/// Global CDC Streaming Platform (global-cdc-pipeline).
/// Goal: Stream database changes across regions in real-time.
/// Topology: the catalog's reference solution. Cheapest passing counts found: $263,001/month.
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
        // 500,000 req/s × 1.2 headroom ÷ 10,000 per instance = 60; tier T2 needs ≥ 3 stream in all, across 2 components → 60
        var globalKafka = a.Component("stream", "Global Kafka").Instances(60).Parameter("partitions", 600);
        // 500,000 req/s × 1.2 headroom ÷ 1,000 per instance = 600; tier T1 needs ≥ 10 worker in all, across 3 components → 600
        var transformers = a.Component("worker", "Transformers").Instances(600);
        // 500,000 req/s × 1.2 headroom ÷ 1,000 per instance = 600; tier T1 needs ≥ 10 worker in all, across 3 components → 600
        var routers = a.Component("worker", "Routers").Instances(600);
        // one instance carries the load and no requirement asks for more → 1
        var schemaRegistry = a.Component("cache", "Schema Registry").Instances(1);
        // 1,000,000 req/s × 1.2 headroom ÷ 10,000 per instance = 120; tier T2 needs ≥ 3 stream in all, across 2 components → 120
        var regionalStreams = a.Component("stream", "Regional Streams").Instances(120).Parameter("partitions", 240);
        // 1,000,000 req/s × 1.2 headroom ÷ 5,000 per instance = 240 → 240
        var targetSystems = a.Component("db_replica", "Target Systems").Instances(240);

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
