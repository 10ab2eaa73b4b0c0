// Drafted by `sysdesign solve l5-data-platform-7` (src/SystemDesign.Solver); regenerate, do not hand-edit the counts.
namespace SystemDesign.Samples.DataPlatform;

/// <summary>
/// Domo Etl Pipeline Platform (l5-data-platform-7).
/// Goal: Design ETL pipeline solution for Domo supporting millions of users and thousands of engineers
/// Topology: built from the problem's palette (the catalog has no reference solution). Cheapest passing counts found: $24,106,348/month.
/// </summary>
[Design("l5-data-platform-7")]
public sealed class L5DataPlatform7Design : IDesign
{
    public void Describe(ArchitectureBuilder a)
    {
        // 16,000,000 req/s × 1.2 headroom ÷ 150 per instance = 128000; every constraint at once needs 213895 (the latency targets with one instance lost); at 213906: SD6004 ML Platform: losing one of 19,201 ML Platform (83.3% → 83.3% busy): P99 of reads from Analytics Engine goes from 100 ms to 100 ms, ove...
        var analyticsEngine = a.Component("analytics_engine", "Analytics Engine").Instances(213907);
        // 16,000,000 req/s × 1.2 headroom ÷ 1,000 per instance = 19200; every constraint at once needs 23994 (the latency targets with one instance lost); at 24000: SD6004 ML Platform: losing one of 19,201 ML Platform (83.3% → 83.3% busy): P99 of reads from Analytics Engine goes from 100 ms to 100 ms, over...
        var eTLPipeline = a.Component("etl_pipeline", "ETL Pipeline").Instances(24001);
        // 16,000,000 req/s × 1.2 headroom ÷ 1,000 per instance = 19200; every constraint at once needs 23994 (the latency targets with one instance lost); at 24000: SD6004 ML Platform: losing one of 19,201 ML Platform (83.3% → 83.3% busy): P99 of reads from Analytics Engine goes from 100 ms to 100 ms, over...
        var streamProcessor = a.Component("stream_processor", "Stream Processor").Instances(24001);
        // 16,000,000 req/s × 1.2 headroom ÷ 1,000 per instance = 19200; every constraint at once needs 19201 (the latency targets with one instance lost) → 19201
        var mLPlatform = a.Component("ml_platform", "ML Platform").Instances(19201);
        // 6,400,000 req/s × 1.2 headroom ÷ 5,500 per instance = 1397 → 1397
        var dataLake = a.Component("data_lake", "Data Lake").Instances(1397);
        // 64,000,000 req/s × 1.2 headroom ÷ 4,000 per instance = 19200; every constraint at once needs 19201 (the latency targets with one instance lost) → 19201
        var warehouse = a.Component("warehouse", "Warehouse").Instances(19201);

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
