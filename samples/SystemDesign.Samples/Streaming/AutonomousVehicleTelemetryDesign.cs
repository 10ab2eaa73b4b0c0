// Drafted by `sysdesign solve autonomous-vehicle-telemetry` (src/SystemDesign.Solver); regenerate, do not hand-edit the counts.
namespace SystemDesign.Samples.Streaming;

/// <summary>
/// Autonomous Vehicle Telemetry (autonomous-vehicle-telemetry).
/// Goal: Build Tesla-style telemetry platform.
/// Topology: the catalog's reference solution. Cheapest passing counts found: $34,344,107/month.
/// </summary>
[Design("autonomous-vehicle-telemetry")]
public sealed class AutonomousVehicleTelemetryDesign : IDesign
{
    public void Describe(ArchitectureBuilder a)
    {
        // the workload's source: users outside the system, not sized or billed
        var aVFleet = a.Component("redirect_client", "AV Fleet");
        // 10,000,000 req/s × 1.2 headroom ÷ 250,000 per instance = 48 → 48
        var edgeGateways = a.Component("cdn", "Edge Gateways").Instances(48);
        // 10,000,000 req/s × 1.2 headroom ÷ 150 per instance = 80000; every constraint at once needs 84962 (the latency targets with one instance lost); tier T0 needs ≥ 100 app → 84962
        var edgeProcessors = a.Component("app", "Edge Processors").Instances(84962);
        // 3,333,333 req/s × 1.2 headroom ÷ 10,000 per instance = 400; every constraint at once needs 489 (the latency targets with one instance lost); tier T1 needs ≥ 3 stream in all, across 3 components; at 496: SD6004 Edge Processors: losing one of 84,962 Edge Processors (78.5% → 78.5% busy): P95 of writ...
        var safetyStream = a.Component("stream", "Safety Stream").Instances(497).Parameter("partitions", 4000);
        // 3,333,333 req/s × 1.2 headroom ÷ 10,000 per instance = 400; every constraint at once needs 492 (the latency targets with one instance lost); tier T1 needs ≥ 3 stream in all, across 3 components; at 499: SD6004 Edge Processors: losing one of 84,962 Edge Processors (78.5% → 78.5% busy): P95 of writ...
        var telemetryStream = a.Component("stream", "Telemetry Stream").Instances(500).Parameter("partitions", 8000);
        // 3,333,333 req/s × 1.2 headroom ÷ 10,000 per instance = 400; every constraint at once needs 492 (the latency targets with one instance lost); tier T1 needs ≥ 3 stream in all, across 3 components; at 499: SD6004 Edge Processors: losing one of 84,962 Edge Processors (78.5% → 78.5% busy): P95 of writ...
        var videoStream = a.Component("stream", "Video Stream").Instances(500).Parameter("partitions", 8000);
        // 3,333,333 req/s × 1.2 headroom ÷ 1,000 per instance = 4000 → 4000
        var safetyMonitor = a.Component("worker", "Safety Monitor").Instances(4000);
        // 6,666,667 req/s × 1.2 headroom ÷ 1,000 per instance = 8000 → 8000
        var mLPipeline = a.Component("worker", "ML Pipeline").Instances(8000);
        // 6,666,667 req/s × 1.2 headroom ÷ 1,000 per instance = 8000 → 8000
        var dataLake = a.Component("db_primary", "Data Lake").Instances(8000);

        aVFleet.ConnectsTo(edgeGateways);
        edgeGateways.ConnectsTo(edgeProcessors);
        edgeProcessors.ConnectsTo(safetyStream);
        edgeProcessors.ConnectsTo(telemetryStream);
        edgeProcessors.ConnectsTo(videoStream);
        safetyStream.ConnectsTo(safetyMonitor);
        telemetryStream.ConnectsTo(mLPipeline);
        videoStream.ConnectsTo(mLPipeline);
        mLPipeline.ConnectsTo(dataLake);
    }
}
