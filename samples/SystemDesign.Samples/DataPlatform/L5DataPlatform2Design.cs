// Drafted by `sysdesign solve l5-data-platform-2` (src/SystemDesign.Solver); regenerate, do not hand-edit the counts.
namespace SystemDesign.Samples.DataPlatform;

/// <summary>
/// Snowflake Etl Pipeline Platform (l5-data-platform-2).
/// Goal: Design ETL pipeline solution for Snowflake supporting millions of users and thousands of engineers
/// Topology: built from the problem's palette (the catalog has no reference solution). Cheapest passing counts found: $16,572,956/month.
/// </summary>
[Design("l5-data-platform-2")]
public sealed class L5DataPlatform2Design : IDesign
{
    public void Describe(ArchitectureBuilder a)
    {
        // 11,000,000 req/s × 1.2 headroom ÷ 150 per instance = 88000; every constraint at once needs 147046 (the latency targets with one instance lost); at 147056: SD6004 Stream Processor: losing one of 13,201 Stream Processor (83.3% → 83.3% busy): P99 of reads from Analytics Engine goes from 100 ms to 10...
        var analyticsEngine = a.Component("analytics_engine", "Analytics Engine").Instances(147057);
        // 11,000,000 req/s × 1.2 headroom ÷ 1,000 per instance = 13200; every constraint at once needs 16494 (the latency targets with one instance lost); at 16500: SD6004 Stream Processor: losing one of 13,201 Stream Processor (83.3% → 83.3% busy): P99 of reads from Analytics Engine goes from 100 ms to 10...
        var eTLPipeline = a.Component("etl_pipeline", "ETL Pipeline").Instances(16501);
        // 11,000,000 req/s × 1.2 headroom ÷ 1,000 per instance = 13200; every constraint at once needs 13201 (the latency targets with one instance lost) → 13201
        var streamProcessor = a.Component("stream_processor", "Stream Processor").Instances(13201);
        // 11,000,000 req/s × 1.2 headroom ÷ 1,000 per instance = 13200; every constraint at once needs 16494 (the latency targets with one instance lost); at 16500: SD6004 Stream Processor: losing one of 13,201 Stream Processor (83.3% → 83.3% busy): P99 of reads from Analytics Engine goes from 100 ms to 10...
        var mLPlatform = a.Component("ml_platform", "ML Platform").Instances(16501);
        // 4,400,000 req/s × 1.2 headroom ÷ 5,500 per instance = 960 → 960
        var dataLake = a.Component("data_lake", "Data Lake").Instances(960);
        // 44,000,000 req/s × 1.2 headroom ÷ 4,000 per instance = 13200; every constraint at once needs 13201 (the latency targets with one instance lost) → 13201
        var warehouse = a.Component("warehouse", "Warehouse").Instances(13201);

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
