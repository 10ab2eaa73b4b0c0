// Drafted by `sysdesign solve l5-data-platform-12` (src/SystemDesign.Solver); regenerate, do not hand-edit the counts.
namespace SystemDesign.Samples.DataPlatform;

/// <summary>
/// Talend Etl Pipeline Platform (l5-data-platform-12).
/// Goal: Design ETL pipeline solution for Talend supporting millions of users and thousands of engineers
/// Topology: built from the problem's palette (the catalog has no reference solution). Cheapest passing counts found: $31,639,647/month.
/// </summary>
[Design("l5-data-platform-12")]
public sealed class L5DataPlatform12Design : IDesign
{
    public void Describe(ArchitectureBuilder a)
    {
        // 21,000,000 req/s × 1.2 headroom ÷ 150 per instance = 168000; every constraint at once needs 280744 (the latency targets with one instance lost); at 280755: SD6004 Stream Processor: losing one of 25,201 Stream Processor (83.3% → 83.3% busy): P99 of reads from Analytics Engine goes from 100 ms to 1...
        var analyticsEngine = a.Component("analytics_engine", "Analytics Engine").Instances(280756);
        // 21,000,000 req/s × 1.2 headroom ÷ 1,000 per instance = 25200; every constraint at once needs 31494 (the latency targets with one instance lost); at 31500: SD6004 Stream Processor: losing one of 25,201 Stream Processor (83.3% → 83.3% busy): P99 of reads from Analytics Engine goes from 100 ms to 10...
        var eTLPipeline = a.Component("etl_pipeline", "ETL Pipeline").Instances(31501);
        // 21,000,000 req/s × 1.2 headroom ÷ 1,000 per instance = 25200; every constraint at once needs 25201 (the latency targets with one instance lost) → 25201
        var streamProcessor = a.Component("stream_processor", "Stream Processor").Instances(25201);
        // 21,000,000 req/s × 1.2 headroom ÷ 1,000 per instance = 25200; every constraint at once needs 31494 (the latency targets with one instance lost); at 31500: SD6004 Stream Processor: losing one of 25,201 Stream Processor (83.3% → 83.3% busy): P99 of reads from Analytics Engine goes from 100 ms to 10...
        var mLPlatform = a.Component("ml_platform", "ML Platform").Instances(31501);
        // 8,400,000 req/s × 1.2 headroom ÷ 5,500 per instance = 1833 → 1833
        var dataLake = a.Component("data_lake", "Data Lake").Instances(1833);
        // 84,000,000 req/s × 1.2 headroom ÷ 4,000 per instance = 25200; every constraint at once needs 25201 (the latency targets with one instance lost) → 25201
        var warehouse = a.Component("warehouse", "Warehouse").Instances(25201);

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
