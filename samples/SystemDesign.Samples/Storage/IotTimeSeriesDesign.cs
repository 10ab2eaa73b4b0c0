// Drafted by `sysdesign solve iot-time-series` (src/SystemDesign.Solver); regenerate, do not hand-edit the counts.
#pragma warning disable SD7003 // Query Cache receives 5,000,000 writes/s it has no edge to pass on. Connect it to what serves them.
namespace SystemDesign.Samples.Storage;

/// <summary>
/// IoT Time-Series Store (iot-time-series).
/// Goal: Learn time-series compression techniques.
/// Topology: the catalog's reference solution. Cheapest passing counts found: $1,298,933/month.
/// </summary>
[Design("iot-time-series")]
public sealed class IotTimeSeriesDesign : IDesign
{
    public void Describe(ArchitectureBuilder a)
    {
        // the workload's source: users outside the system, not sized or billed
        var ioTDevices = a.Component("create_client", "IoT Devices");
        // 5,000,000 req/s × 1.2 headroom ÷ 10,000 per instance = 600 → 600
        var kafka = a.Component("stream", "Kafka").Instances(600).Parameter("partitions", 6000);
        // 5,000,000 req/s × 1.2 headroom ÷ 1,000 per instance = 6000 → 6000
        var compression = a.Component("worker", "Compression").Instances(6000);
        // 5,000,000 req/s × 1.2 headroom ÷ 1,000 per instance = 6000 → 6000
        var timescaleDB = a.Component("db_primary", "TimescaleDB").Instances(6000);
        // 5,000,000 req/s × 1.2 headroom ÷ 100,000 per instance = 60 → 60
        var queryCache = a.Component("cache", "Query Cache").Instances(60);

        ioTDevices.ConnectsTo(kafka);
        kafka.ConnectsTo(compression);
        compression.ConnectsTo(timescaleDB);
        timescaleDB.ConnectsTo(queryCache);
    }
}
