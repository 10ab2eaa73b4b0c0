// Drafted by `sysdesign solve sensor-data-collection` (src/SystemDesign.Solver); regenerate, do not hand-edit the counts.
namespace SystemDesign.Samples.Streaming;

/// <summary>
/// Sensor Data Collection (sensor-data-collection).
/// Goal: Collect data from millions of IoT sensors.
/// Topology: the catalog's reference solution. Cheapest passing counts found: $420,173/month.
/// </summary>
[Design("sensor-data-collection")]
public sealed class SensorDataCollectionDesign : IDesign
{
    public void Describe(ArchitectureBuilder a)
    {
        // the workload's source: users outside the system, not sized or billed
        var ioTSensors = a.Component("create_client", "IoT Sensors");
        // 500,000 req/s × 1.2 headroom ÷ 85,000 per instance = 8 → 8
        var mQTTGateway = a.Component("lb", "MQTT Gateway").Instances(8);
        // 500,000 req/s × 1.2 headroom ÷ 150 per instance = 4000 → 4000
        var ingestService = a.Component("app", "Ingest Service").Instances(4000);
        // 500,000 req/s × 1.2 headroom ÷ 10,000 per instance = 60 → 60
        var telemetryStream = a.Component("stream", "Telemetry Stream").Instances(60).Parameter("partitions", 600);
        // 500,000 req/s × 1.2 headroom ÷ 1,000 per instance = 600 → 600
        var downsampler = a.Component("worker", "Downsampler").Instances(600);
        // 500,000 req/s × 1.2 headroom ÷ 1,000 per instance = 600 → 600
        var timescaleDB = a.Component("db_primary", "TimescaleDB").Instances(600);

        ioTSensors.ConnectsTo(mQTTGateway);
        mQTTGateway.ConnectsTo(ingestService);
        ingestService.ConnectsTo(telemetryStream);
        telemetryStream.ConnectsTo(downsampler);
        downsampler.ConnectsTo(timescaleDB);
    }
}
