// Drafted by `sysdesign solve l5-data-platform-16` (src/SystemDesign.Solver); regenerate, do not hand-edit the counts.
namespace SystemDesign.Samples.DataPlatform;

/// <summary>
/// Census Data Lake Platform (l5-data-platform-16).
/// Goal: Design data lake solution for Census supporting millions of users and thousands of engineers
/// Topology: built from the problem's palette (the catalog has no reference solution). Cheapest passing counts found: $37,666,346/month.
/// </summary>
[Design("l5-data-platform-16")]
public sealed class L5DataPlatform16Design : IDesign
{
    public void Describe(ArchitectureBuilder a)
    {
        // 25,000,000 req/s × 1.2 headroom ÷ 150 per instance = 200000; every constraint at once needs 334224 (the latency targets with one instance lost); at 334235: SD6004 Stream Processor: losing one of 30,001 Stream Processor (83.3% → 83.3% busy): P99 of reads from Analytics Engine goes from 100 ms to 1...
        var analyticsEngine = a.Component("analytics_engine", "Analytics Engine").Instances(334236);
        // 25,000,000 req/s × 1.2 headroom ÷ 1,000 per instance = 30000; every constraint at once needs 37494 (the latency targets with one instance lost); at 37500: SD6004 Stream Processor: losing one of 30,001 Stream Processor (83.3% → 83.3% busy): P99 of reads from Analytics Engine goes from 100 ms to 10...
        var eTLPipeline = a.Component("etl_pipeline", "ETL Pipeline").Instances(37501);
        // 25,000,000 req/s × 1.2 headroom ÷ 1,000 per instance = 30000; every constraint at once needs 30001 (the latency targets with one instance lost) → 30001
        var streamProcessor = a.Component("stream_processor", "Stream Processor").Instances(30001);
        // 25,000,000 req/s × 1.2 headroom ÷ 1,000 per instance = 30000; every constraint at once needs 37494 (the latency targets with one instance lost); at 37500: SD6004 Stream Processor: losing one of 30,001 Stream Processor (83.3% → 83.3% busy): P99 of reads from Analytics Engine goes from 100 ms to 10...
        var mLPlatform = a.Component("ml_platform", "ML Platform").Instances(37501);
        // 10,000,000 req/s × 1.2 headroom ÷ 5,500 per instance = 2182 → 2182
        var dataLake = a.Component("data_lake", "Data Lake").Instances(2182);
        // 100,000,000 req/s × 1.2 headroom ÷ 4,000 per instance = 30000; every constraint at once needs 30001 (the latency targets with one instance lost) → 30001
        var warehouse = a.Component("warehouse", "Warehouse").Instances(30001);

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
