// Drafted by `sysdesign solve l5-data-platform-3` (src/SystemDesign.Solver); regenerate, do not hand-edit the counts.
namespace SystemDesign.Samples.DataPlatform;

/// <summary>
/// Palantir Real-Time Analytics Platform (l5-data-platform-3).
/// Goal: Design real-time analytics solution for Palantir supporting millions of users and thousands of engineers
/// Topology: built from the problem's palette (the catalog has no reference solution). Cheapest passing counts found: $18,079,649/month.
/// </summary>
[Design("l5-data-platform-3")]
public sealed class L5DataPlatform3Design : IDesign
{
    public void Describe(ArchitectureBuilder a)
    {
        // 12,000,000 req/s × 1.2 headroom ÷ 150 per instance = 96000; every constraint at once needs 160416 (the latency targets with one instance lost); at 160426: SD6004 Stream Processor: losing one of 14,401 Stream Processor (83.3% → 83.3% busy): P99 of reads from Analytics Engine goes from 100 ms to 10...
        var analyticsEngine = a.Component("analytics_engine", "Analytics Engine").Instances(160427);
        // 12,000,000 req/s × 1.2 headroom ÷ 1,000 per instance = 14400; every constraint at once needs 17994 (the latency targets with one instance lost); at 18000: SD6004 Stream Processor: losing one of 14,401 Stream Processor (83.3% → 83.3% busy): P99 of reads from Analytics Engine goes from 100 ms to 10...
        var eTLPipeline = a.Component("etl_pipeline", "ETL Pipeline").Instances(18001);
        // 12,000,000 req/s × 1.2 headroom ÷ 1,000 per instance = 14400; every constraint at once needs 14401 (the latency targets with one instance lost) → 14401
        var streamProcessor = a.Component("stream_processor", "Stream Processor").Instances(14401);
        // 12,000,000 req/s × 1.2 headroom ÷ 1,000 per instance = 14400; every constraint at once needs 17994 (the latency targets with one instance lost); at 18000: SD6004 Stream Processor: losing one of 14,401 Stream Processor (83.3% → 83.3% busy): P99 of reads from Analytics Engine goes from 100 ms to 10...
        var mLPlatform = a.Component("ml_platform", "ML Platform").Instances(18001);
        // 4,800,000 req/s × 1.2 headroom ÷ 5,500 per instance = 1048 → 1048
        var dataLake = a.Component("data_lake", "Data Lake").Instances(1048);
        // 48,000,000 req/s × 1.2 headroom ÷ 4,000 per instance = 14400; every constraint at once needs 14401 (the latency targets with one instance lost) → 14401
        var warehouse = a.Component("warehouse", "Warehouse").Instances(14401);

        analyticsEngine.Calls(eTLPipeline);
        analyticsEngine.Calls(streamProcessor);
        analyticsEngine.Calls(mLPlatform);
        analyticsEngine.Writes(dataLake);
        analyticsEngine.Calls(warehouse);
        eTLPipeline.Writes(dataLake);
        eTLPipeline.Calls(warehouse);
        streamProcessor.Writes(dataLake);
        streamProcessor.Calls(warehouse);
        mLPlatform.Writes(dataLake);
        mLPlatform.Calls(warehouse);
    }
}
