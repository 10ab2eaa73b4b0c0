// Drafted by `sysdesign solve l5-data-platform-uber` (src/SystemDesign.Solver); regenerate, do not hand-edit the counts.
namespace SystemDesign.Samples.DataPlatform;

/// <summary>
/// Uber Real-Time Data Platform (l5-data-platform-uber).
/// Goal: Build real-time data platform processing 1 trillion events/day for Uber
/// Topology: built from the problem's palette (the catalog has no reference solution). Cheapest passing counts found: $8,100,852/month.
/// </summary>
[Design("l5-data-platform-uber")]
public sealed class L5DataPlatformUberDesign : IDesign
{
    public void Describe(ArchitectureBuilder a)
    {
        // 10,000,000 req/s × 1.2 headroom ÷ 150 per instance = 80000 → 80000
        var presto = a.Component("presto", "Presto").Instances(80000);
        // 10,000,000 req/s × 1.2 headroom ÷ 1,000 per instance = 12000 → 12000
        var apacheFlink = a.Component("flink", "Apache Flink").Instances(12000);
        // 10,000,000 req/s × 1.2 headroom ÷ 10,000 per instance = 1200 → 1200
        var apacheKafka = a.Component("kafka", "Apache Kafka").Instances(1200).Parameter("partitions", 12000);
        // 20,000,000 req/s × 1.2 headroom ÷ 5,500 per instance = 4364 → 4364
        var hDFS = a.Component("hdfs", "HDFS").Instances(4364);
        // 20,000,000 req/s × 1.2 headroom ÷ 4,000 per instance = 6000 → 6000
        var featureStore = a.Component("feature_store", "Feature Store").Instances(6000);
        // one instance carries the load and no requirement asks for more → 1
        var schemaRegistry = a.Component("schema_registry", "Schema Registry").Instances(1);

        presto.Publishes(apacheKafka);
        apacheFlink.Consumes(apacheKafka);
        presto.Writes(hDFS);
        presto.Calls(featureStore);
        apacheFlink.Writes(hDFS);
        apacheFlink.Calls(featureStore);
        presto.ConnectsTo(schemaRegistry);
    }
}
