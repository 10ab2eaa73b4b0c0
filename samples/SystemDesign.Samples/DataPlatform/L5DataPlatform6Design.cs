// Drafted by `sysdesign solve l5-data-platform-6` (src/SystemDesign.Solver); regenerate, do not hand-edit the counts.
namespace SystemDesign.Samples.DataPlatform;

/// <summary>
/// Looker Data Lake Platform (l5-data-platform-6).
/// Goal: Design data lake solution for Looker supporting millions of users and thousands of engineers
/// Topology: built from the problem's palette (the catalog has no reference solution). Cheapest passing counts found: $22,599,679/month.
/// </summary>
[Design("l5-data-platform-6")]
public sealed class L5DataPlatform6Design : IDesign
{
    public void Describe(ArchitectureBuilder a)
    {
        // 15,000,000 req/s × 1.2 headroom ÷ 150 per instance = 120000; every constraint at once needs 200525 (the latency targets with one instance lost); at 200536: SD6004 ML Platform: losing one of 18,001 ML Platform (83.3% → 83.3% busy): P99 of reads from Analytics Engine goes from 100 ms to 100 ms, ove...
        var analyticsEngine = a.Component("analytics_engine", "Analytics Engine").Instances(200537);
        // 15,000,000 req/s × 1.2 headroom ÷ 1,000 per instance = 18000; every constraint at once needs 22494 (the latency targets with one instance lost); at 22500: SD6004 ML Platform: losing one of 18,001 ML Platform (83.3% → 83.3% busy): P99 of reads from Analytics Engine goes from 100 ms to 100 ms, over...
        var eTLPipeline = a.Component("etl_pipeline", "ETL Pipeline").Instances(22501);
        // 15,000,000 req/s × 1.2 headroom ÷ 1,000 per instance = 18000; every constraint at once needs 22494 (the latency targets with one instance lost); at 22500: SD6004 ML Platform: losing one of 18,001 ML Platform (83.3% → 83.3% busy): P99 of reads from Analytics Engine goes from 100 ms to 100 ms, over...
        var streamProcessor = a.Component("stream_processor", "Stream Processor").Instances(22501);
        // 15,000,000 req/s × 1.2 headroom ÷ 1,000 per instance = 18000; every constraint at once needs 18001 (the latency targets with one instance lost) → 18001
        var mLPlatform = a.Component("ml_platform", "ML Platform").Instances(18001);
        // 6,000,000 req/s × 1.2 headroom ÷ 5,500 per instance = 1310 → 1310
        var dataLake = a.Component("data_lake", "Data Lake").Instances(1310);
        // 60,000,000 req/s × 1.2 headroom ÷ 4,000 per instance = 18000; every constraint at once needs 18001 (the latency targets with one instance lost) → 18001
        var warehouse = a.Component("warehouse", "Warehouse").Instances(18001);

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
