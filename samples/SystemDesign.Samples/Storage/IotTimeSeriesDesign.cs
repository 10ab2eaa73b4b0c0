// Drafted by `sysdesign solve iot-time-series` (src/SystemDesign.Solver); regenerate, do not hand-edit the counts.
#pragma warning disable SD7003 // IoT Devices emits 4,500,000 reads/s and has no edge that sends them anywhere. Connect it to what serves them, e.g. IoT Devices.Calls(...). (and 1 more)
namespace SystemDesign.Samples.Storage;

/// <summary>
/// IoT Time-Series Store (iot-time-series).
/// Goal: Learn time-series compression techniques.
/// Topology: the catalog's reference solution. Cheapest passing counts found: $130,007/month.
/// </summary>
[Design("iot-time-series")]
public sealed class IotTimeSeriesDesign : IDesign
{
    public void Describe(ArchitectureBuilder a)
    {
        // the workload's source: users outside the system, not sized or billed
        var ioTDevices = a.Component("redirect_client", "IoT Devices");
        // 500,000 req/s × 1.2 headroom ÷ 10,000 per instance = 60 → 60
        var kafka = a.Component("stream", "Kafka").Instances(60).Parameter("partitions", 750);
        // 500,000 req/s × 1.2 headroom ÷ 1,000 per instance = 600 → 600
        var compression = a.Component("worker", "Compression").Instances(600);
        // 500,000 req/s × 1.2 headroom ÷ 1,000 per instance = 600 → 600
        var timescaleDB = a.Component("db_primary", "TimescaleDB").Instances(600);
        // 500,000 req/s × 1.2 headroom ÷ 100,000 per instance = 6; every constraint at once needs 7 (N+1: 500,000 ÷ 100,000 req/s below 100%, plus one instance to lose) → 7
        var queryCache = a.Component("cache", "Query Cache").Instances(7);

        ioTDevices.ConnectsTo(kafka);
        kafka.ConnectsTo(compression);
        compression.ConnectsTo(timescaleDB);
        timescaleDB.ConnectsTo(queryCache);
    }
}
