// Drafted by `sysdesign solve petabyte-data-lake` (src/SystemDesign.Solver); regenerate, do not hand-edit the counts.
#pragma warning disable SD7001 // Query Engine gets no traffic: nothing connects it to a client. Connect it from the component that uses it (an edge such as Calls, Reads or Writes to Query Engine) or remove it.
namespace SystemDesign.Samples.Storage;

/// <summary>
/// Petabyte-Scale Data Lake (petabyte-data-lake).
/// Goal: Learn data lake architecture at scale.
/// Topology: the catalog's reference solution. Cheapest passing counts found: $84,948/month.
/// </summary>
[Design("petabyte-data-lake")]
public sealed class PetabyteDataLakeDesign : IDesign
{
    public void Describe(ArchitectureBuilder a)
    {
        // the workload's source: users outside the system, not sized or billed
        var dataSources = a.Component("create_client", "Data Sources");
        // 100,000 req/s × 1.2 headroom ÷ 10,000 per instance = 12 → 12
        var kafka = a.Component("stream", "Kafka").Instances(12).Parameter("partitions", 120);
        // 100,000 req/s × 1.2 headroom ÷ 1,000 per instance = 120 → 120
        var eTLWorkers = a.Component("worker", "ETL Workers").Instances(120);
        // 100,000 req/s × 1.2 headroom ÷ 5,500 per instance = 22 → 22
        var s3DataLake = a.Component("storage", "S3 Data Lake").Instances(22);
        // 100,000 req/s × 1.2 headroom ÷ 1,000 per instance = 120 → 120
        var hiveMetastore = a.Component("db_primary", "Hive Metastore").Instances(120);
        // 200,000 req/s × 1.2 headroom ÷ 500 per instance = 480 → 480
        var dataCatalog = a.Component("search", "Data Catalog").Instances(480);
        // one instance carries the load and no requirement asks for more → 1
        var queryEngine = a.Component("app", "Query Engine").Instances(1);

        dataSources.ConnectsTo(kafka);
        kafka.ConnectsTo(eTLWorkers);
        eTLWorkers.ConnectsTo(s3DataLake);
        eTLWorkers.ConnectsTo(hiveMetastore);
        s3DataLake.ConnectsTo(dataCatalog);
        hiveMetastore.ConnectsTo(dataCatalog);
        queryEngine.ConnectsTo(s3DataLake);
        queryEngine.ConnectsTo(hiveMetastore);
    }
}
