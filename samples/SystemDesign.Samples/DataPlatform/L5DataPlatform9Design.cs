// Drafted by `sysdesign solve l5-data-platform-9` (src/SystemDesign.Solver); regenerate, do not hand-edit the counts.
namespace SystemDesign.Samples.DataPlatform;

/// <summary>
/// ThoughtSpot Ml Feature Store Platform (l5-data-platform-9).
/// Goal: Design ML feature store solution for ThoughtSpot supporting millions of users and thousands of engineers
/// Topology: built from the problem's palette (the catalog has no reference solution). Cheapest passing counts found: $27,119,616/month.
/// </summary>
[Design("l5-data-platform-9")]
public sealed class L5DataPlatform9Design : IDesign
{
    public void Describe(ArchitectureBuilder a)
    {
        // 18,000,000 req/s × 1.2 headroom ÷ 150 per instance = 144000; every constraint at once needs 240635 (the latency targets with one instance lost); at 240645: SD6004 Stream Processor: losing one of 21,601 Stream Processor (83.3% → 83.3% busy): P99 of reads from Analytics Engine goes from 100 ms to 1...
        var analyticsEngine = a.Component("analytics_engine", "Analytics Engine").Instances(240646);
        // 18,000,000 req/s × 1.2 headroom ÷ 1,000 per instance = 21600; every constraint at once needs 26994 (the latency targets with one instance lost); at 27000: SD6004 Stream Processor: losing one of 21,601 Stream Processor (83.3% → 83.3% busy): P99 of reads from Analytics Engine goes from 100 ms to 10...
        var eTLPipeline = a.Component("etl_pipeline", "ETL Pipeline").Instances(27001);
        // 18,000,000 req/s × 1.2 headroom ÷ 1,000 per instance = 21600; every constraint at once needs 21601 (the latency targets with one instance lost) → 21601
        var streamProcessor = a.Component("stream_processor", "Stream Processor").Instances(21601);
        // 18,000,000 req/s × 1.2 headroom ÷ 1,000 per instance = 21600; every constraint at once needs 26994 (the latency targets with one instance lost); at 27000: SD6004 Stream Processor: losing one of 21,601 Stream Processor (83.3% → 83.3% busy): P99 of reads from Analytics Engine goes from 100 ms to 10...
        var mLPlatform = a.Component("ml_platform", "ML Platform").Instances(27001);
        // 7,200,000 req/s × 1.2 headroom ÷ 5,500 per instance = 1571 → 1571
        var dataLake = a.Component("data_lake", "Data Lake").Instances(1571);
        // 72,000,000 req/s × 1.2 headroom ÷ 4,000 per instance = 21600; every constraint at once needs 21601 (the latency targets with one instance lost) → 21601
        var warehouse = a.Component("warehouse", "Warehouse").Instances(21601);

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
