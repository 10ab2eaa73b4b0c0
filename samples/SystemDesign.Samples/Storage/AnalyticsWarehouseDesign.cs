// Drafted by `sysdesign solve analytics-warehouse` (src/SystemDesign.Solver); regenerate, do not hand-edit the counts.
#pragma warning disable SD7001 // Query Engine gets no traffic: nothing connects it to a client. Connect it from the component that uses it (an edge such as Calls, Reads or Writes to Query Engine) or remove it.
namespace SystemDesign.Samples.Storage;

/// <summary>
/// Analytics Data Warehouse (analytics-warehouse).
/// Goal: Learn columnar database design.
/// Topology: the catalog's reference solution. Cheapest passing counts found: $258,490/month.
/// </summary>
[Design("analytics-warehouse")]
public sealed class AnalyticsWarehouseDesign : IDesign
{
    public void Describe(ArchitectureBuilder a)
    {
        // the workload's source: users outside the system, not sized or billed
        var dataSources = a.Component("create_client", "Data Sources");
        // 1,000,000 req/s × 1.2 headroom ÷ 10,000 per instance = 120 → 120
        var kafka = a.Component("stream", "Kafka").Instances(120).Parameter("partitions", 1200);
        // 1,000,000 req/s × 1.2 headroom ÷ 1,000 per instance = 1200 → 1200
        var eTLWorkers = a.Component("worker", "ETL Workers").Instances(1200);
        // one instance carries the load and no requirement asks for more → 1
        var queryEngine = a.Component("app", "Query Engine").Instances(1);
        // 1,000,000 req/s × 1.2 headroom ÷ 1,000 per instance = 1200 → 1200
        var clickHouse = a.Component("db_primary", "ClickHouse").Instances(1200);

        dataSources.ConnectsTo(kafka);
        kafka.ConnectsTo(eTLWorkers);
        eTLWorkers.ConnectsTo(clickHouse);
        queryEngine.ConnectsTo(clickHouse);
    }
}
