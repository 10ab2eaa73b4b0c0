// Drafted by `sysdesign solve l5-migration-twitter-event-driven` (src/SystemDesign.Solver); regenerate, do not hand-edit the counts.
#pragma warning disable SD7001 // Cache gets no traffic: nothing connects it to an entry point. Connect it from the component that uses it (an edge such as Calls, Reads or Writes to Cache) or remove it.
namespace SystemDesign.Samples.PlatformMigration;

/// <summary>
/// Twitter Event-Driven Architecture Migration (l5-migration-twitter-event-driven).
/// Goal: Migrate Twitter from synchronous REST to event-driven architecture handling 500M daily active users
/// Topology: built from the problem's palette (the catalog has no reference solution). Cheapest passing counts found: $826,274/month.
/// </summary>
[Design("l5-migration-twitter-event-driven")]
public sealed class L5MigrationTwitterEventDrivenDesign : IDesign
{
    public void Describe(ArchitectureBuilder a)
    {
        // 6,000 req/s × 1.2 headroom ÷ 150 per instance = 48; every constraint at once needs 6842 (the latency targets at the peak (166.67 ×)) → 6842
        var appServer = a.Component("app", "App Server").Instances(6842);
        // 6,000 req/s × 1.2 headroom ÷ 1,000 per instance = 8; every constraint at once needs 1001 (the peak: 166.67 × 6,000 ÷ 1,000 req/s, below 100%) → 1001
        var streamProcessor = a.Component("stream_processor", "Stream Processor").Instances(1001);
        // 6,000 req/s × 1.2 headroom ÷ 10,000 per instance = 1; every constraint at once needs 103 (the latency targets at the peak (166.67 ×)) → 103
        var apacheKafka = a.Component("kafka", "Apache Kafka").Instances(103).Parameter("partitions", 1001);
        // one instance carries the load and no requirement asks for more → 1
        var cache = a.Component("cache", "Cache").Instances(1);
        // 12,000 req/s × 1.2 headroom ÷ 1,000 per instance = 15; every constraint at once needs 2006 (the latency targets at the peak (166.67 ×)) → 2006
        var primaryDatabase = a.Component("db_primary", "Primary Database").Instances(2006);
        // one instance carries the load and no requirement asks for more → 1
        var schemaRegistry = a.Component("schema_registry", "Schema Registry").Instances(1);

        appServer.Publishes(apacheKafka);
        streamProcessor.Consumes(apacheKafka);
        appServer.Reads(cache);
        appServer.Writes(primaryDatabase);
        streamProcessor.Reads(cache);
        streamProcessor.Writes(primaryDatabase);
        appServer.ConnectsTo(schemaRegistry);
    }
}
