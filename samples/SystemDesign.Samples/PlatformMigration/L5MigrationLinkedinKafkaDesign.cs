// Drafted by `sysdesign solve l5-migration-linkedin-kafka` (src/SystemDesign.Solver); regenerate, do not hand-edit the counts.
#pragma warning disable SD0020 // App Servers: type 'app' is not in the palette of l5-migration-linkedin-kafka (pulsar_broker, bookkeeper, tiered_storage, schema_registry, proxy_layer).
namespace SystemDesign.Samples.PlatformMigration;

/// <summary>
/// LinkedIn Kafka to Pulsar Migration (l5-migration-linkedin-kafka).
/// Goal: Migrate LinkedIn messaging infrastructure from Kafka to Pulsar handling 7 trillion messages/day
/// Topology: built from the problem's palette (the catalog has no reference solution). Cheapest passing counts found: $67,376,535/month.
/// </summary>
[Design("l5-migration-linkedin-kafka")]
public sealed class L5MigrationLinkedinKafkaDesign : IDesign
{
    public void Describe(ArchitectureBuilder a)
    {
        // 100,000,000 req/s × 1.2 headroom ÷ 85,000 per instance = 1412 → 1412
        var proxyLayer = a.Component("proxy_layer", "Proxy Layer").Instances(1412);
        // 100,000,000 req/s × 1.2 headroom ÷ 150 per instance = 800000 → 800000
        var appServers = a.Component("app", "App Servers").Instances(800000);
        // 100,000,000 req/s × 1.2 headroom ÷ 10,000 per instance = 12000 → 12000
        var apachePulsarBroker = a.Component("pulsar_broker", "Apache Pulsar Broker").Instances(12000);
        // 100,000,000 req/s × 1.2 headroom ÷ 4,000 per instance = 30000 → 30000
        var apacheBookKeeper = a.Component("bookkeeper", "Apache BookKeeper").Instances(30000);
        // 100,000,000 req/s × 1.2 headroom ÷ 5,500 per instance = 21819 → 21819
        var tieredStorage = a.Component("tiered_storage", "Tiered Storage").Instances(21819);
        // one instance carries the load and no requirement asks for more → 1
        var schemaRegistry = a.Component("schema_registry", "Schema Registry").Instances(1);

        proxyLayer.ConnectsTo(appServers);
        appServers.Publishes(apachePulsarBroker);
        appServers.Consumes(apachePulsarBroker);
        appServers.Calls(apacheBookKeeper);
        appServers.Writes(tieredStorage);
        appServers.ConnectsTo(schemaRegistry);
    }
}
