// Drafted by `sysdesign solve l5-data-platform-13` (src/SystemDesign.Solver); regenerate, do not hand-edit the counts.
namespace SystemDesign.Samples.DataPlatform;

/// <summary>
/// Fivetran Real-Time Analytics Platform (l5-data-platform-13).
/// Goal: Design real-time analytics solution for Fivetran supporting millions of users and thousands of engineers
/// Topology: built from the problem's palette (the catalog has no reference solution). Cheapest passing counts found: $33,146,316/month.
/// </summary>
[Design("l5-data-platform-13")]
public sealed class L5DataPlatform13Design : IDesign
{
    public void Describe(ArchitectureBuilder a)
    {
        // 22,000,000 req/s × 1.2 headroom ÷ 150 per instance = 176000; every constraint at once needs 294114 (the latency targets with one instance lost); at 294125: SD6004 Stream Processor: losing one of 26,401 Stream Processor (83.3% → 83.3% busy): P99 of reads from Analytics Engine goes from 100 ms to 1...
        var analyticsEngine = a.Component("analytics_engine", "Analytics Engine").Instances(294126);
        // 22,000,000 req/s × 1.2 headroom ÷ 1,000 per instance = 26400; every constraint at once needs 32994 (the latency targets with one instance lost); at 33000: SD6004 Stream Processor: losing one of 26,401 Stream Processor (83.3% → 83.3% busy): P99 of reads from Analytics Engine goes from 100 ms to 10...
        var eTLPipeline = a.Component("etl_pipeline", "ETL Pipeline").Instances(33001);
        // 22,000,000 req/s × 1.2 headroom ÷ 1,000 per instance = 26400; every constraint at once needs 26401 (the latency targets with one instance lost) → 26401
        var streamProcessor = a.Component("stream_processor", "Stream Processor").Instances(26401);
        // 22,000,000 req/s × 1.2 headroom ÷ 1,000 per instance = 26400; every constraint at once needs 32994 (the latency targets with one instance lost); at 33000: SD6004 Stream Processor: losing one of 26,401 Stream Processor (83.3% → 83.3% busy): P99 of reads from Analytics Engine goes from 100 ms to 10...
        var mLPlatform = a.Component("ml_platform", "ML Platform").Instances(33001);
        // 8,800,000 req/s × 1.2 headroom ÷ 5,500 per instance = 1920 → 1920
        var dataLake = a.Component("data_lake", "Data Lake").Instances(1920);
        // 88,000,000 req/s × 1.2 headroom ÷ 4,000 per instance = 26400; every constraint at once needs 26401 (the latency targets with one instance lost) → 26401
        var warehouse = a.Component("warehouse", "Warehouse").Instances(26401);

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
