// Drafted by `sysdesign solve l5-data-platform-17` (src/SystemDesign.Solver); regenerate, do not hand-edit the counts.
namespace SystemDesign.Samples.DataPlatform;

/// <summary>
/// Hightouch Etl Pipeline Platform (l5-data-platform-17).
/// Goal: Design ETL pipeline solution for Hightouch supporting millions of users and thousands of engineers
/// Topology: built from the problem's palette (the catalog has no reference solution). Cheapest passing counts found: $39,172,969/month.
/// </summary>
[Design("l5-data-platform-17")]
public sealed class L5DataPlatform17Design : IDesign
{
    public void Describe(ArchitectureBuilder a)
    {
        // 26,000,000 req/s × 1.2 headroom ÷ 150 per instance = 208000; every constraint at once needs 347594 (the latency targets with one instance lost); at 347604: SD6004 ML Platform: losing one of 31,201 ML Platform (83.3% → 83.3% busy): P99 of reads from Analytics Engine goes from 100 ms to 100 ms, ove...
        var analyticsEngine = a.Component("analytics_engine", "Analytics Engine").Instances(347605);
        // 26,000,000 req/s × 1.2 headroom ÷ 1,000 per instance = 31200; every constraint at once needs 38994 (the latency targets with one instance lost); at 39000: SD6004 ML Platform: losing one of 31,201 ML Platform (83.3% → 83.3% busy): P99 of reads from Analytics Engine goes from 100 ms to 100 ms, over...
        var eTLPipeline = a.Component("etl_pipeline", "ETL Pipeline").Instances(39001);
        // 26,000,000 req/s × 1.2 headroom ÷ 1,000 per instance = 31200; every constraint at once needs 38994 (the latency targets with one instance lost); at 39000: SD6004 ML Platform: losing one of 31,201 ML Platform (83.3% → 83.3% busy): P99 of reads from Analytics Engine goes from 100 ms to 100 ms, over...
        var streamProcessor = a.Component("stream_processor", "Stream Processor").Instances(39001);
        // 26,000,000 req/s × 1.2 headroom ÷ 1,000 per instance = 31200; every constraint at once needs 31201 (the latency targets with one instance lost) → 31201
        var mLPlatform = a.Component("ml_platform", "ML Platform").Instances(31201);
        // 10,400,000 req/s × 1.2 headroom ÷ 5,500 per instance = 2270 → 2270
        var dataLake = a.Component("data_lake", "Data Lake").Instances(2270);
        // 104,000,000 req/s × 1.2 headroom ÷ 4,000 per instance = 31200; every constraint at once needs 31201 (the latency targets with one instance lost) → 31201
        var warehouse = a.Component("warehouse", "Warehouse").Instances(31201);

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
