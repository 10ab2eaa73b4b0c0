// Drafted by `sysdesign solve l5-data-platform-8` (src/SystemDesign.Solver); regenerate, do not hand-edit the counts.
namespace SystemDesign.Samples.DataPlatform;

/// <summary>
/// Sisense Real-Time Analytics Platform (l5-data-platform-8).
/// Goal: Design real-time analytics solution for Sisense supporting millions of users and thousands of engineers
/// Topology: built from the problem's palette (the catalog has no reference solution). Cheapest passing counts found: $25,613,017/month.
/// </summary>
[Design("l5-data-platform-8")]
public sealed class L5DataPlatform8Design : IDesign
{
    public void Describe(ArchitectureBuilder a)
    {
        // 17,000,000 req/s × 1.2 headroom ÷ 150 per instance = 136000; every constraint at once needs 227265 (the latency targets with one instance lost); at 227276: SD6004 Stream Processor: losing one of 20,401 Stream Processor (83.3% → 83.3% busy): P99 of reads from Analytics Engine goes from 100 ms to 1...
        var analyticsEngine = a.Component("analytics_engine", "Analytics Engine").Instances(227277);
        // 17,000,000 req/s × 1.2 headroom ÷ 1,000 per instance = 20400; every constraint at once needs 25494 (the latency targets with one instance lost); at 25500: SD6004 Stream Processor: losing one of 20,401 Stream Processor (83.3% → 83.3% busy): P99 of reads from Analytics Engine goes from 100 ms to 10...
        var eTLPipeline = a.Component("etl_pipeline", "ETL Pipeline").Instances(25501);
        // 17,000,000 req/s × 1.2 headroom ÷ 1,000 per instance = 20400; every constraint at once needs 20401 (the latency targets with one instance lost) → 20401
        var streamProcessor = a.Component("stream_processor", "Stream Processor").Instances(20401);
        // 17,000,000 req/s × 1.2 headroom ÷ 1,000 per instance = 20400; every constraint at once needs 25494 (the latency targets with one instance lost); at 25500: SD6004 Stream Processor: losing one of 20,401 Stream Processor (83.3% → 83.3% busy): P99 of reads from Analytics Engine goes from 100 ms to 10...
        var mLPlatform = a.Component("ml_platform", "ML Platform").Instances(25501);
        // 6,800,000 req/s × 1.2 headroom ÷ 5,500 per instance = 1484 → 1484
        var dataLake = a.Component("data_lake", "Data Lake").Instances(1484);
        // 68,000,000 req/s × 1.2 headroom ÷ 4,000 per instance = 20400; every constraint at once needs 20401 (the latency targets with one instance lost) → 20401
        var warehouse = a.Component("warehouse", "Warehouse").Instances(20401);

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
