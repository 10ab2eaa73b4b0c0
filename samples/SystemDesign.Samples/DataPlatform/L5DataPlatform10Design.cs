// Drafted by `sysdesign solve l5-data-platform-10` (src/SystemDesign.Solver); regenerate, do not hand-edit the counts.
namespace SystemDesign.Samples.DataPlatform;

/// <summary>
/// Alteryx Data Governance Platform (l5-data-platform-10).
/// Goal: Design data governance solution for Alteryx supporting millions of users and thousands of engineers
/// Topology: built from the problem's palette (the catalog has no reference solution). Cheapest passing counts found: $28,626,309/month.
/// </summary>
[Design("l5-data-platform-10")]
public sealed class L5DataPlatform10Design : IDesign
{
    public void Describe(ArchitectureBuilder a)
    {
        // 19,000,000 req/s × 1.2 headroom ÷ 150 per instance = 152000; every constraint at once needs 254005 (the latency targets with one instance lost); at 254015: SD6004 Stream Processor: losing one of 22,801 Stream Processor (83.3% → 83.3% busy): P99 of reads from Analytics Engine goes from 100 ms to 1...
        var analyticsEngine = a.Component("analytics_engine", "Analytics Engine").Instances(254016);
        // 19,000,000 req/s × 1.2 headroom ÷ 1,000 per instance = 22800; every constraint at once needs 28494 (the latency targets with one instance lost); at 28500: SD6004 Stream Processor: losing one of 22,801 Stream Processor (83.3% → 83.3% busy): P99 of reads from Analytics Engine goes from 100 ms to 10...
        var eTLPipeline = a.Component("etl_pipeline", "ETL Pipeline").Instances(28501);
        // 19,000,000 req/s × 1.2 headroom ÷ 1,000 per instance = 22800; every constraint at once needs 22801 (the latency targets with one instance lost) → 22801
        var streamProcessor = a.Component("stream_processor", "Stream Processor").Instances(22801);
        // 19,000,000 req/s × 1.2 headroom ÷ 1,000 per instance = 22800; every constraint at once needs 28494 (the latency targets with one instance lost); at 28500: SD6004 Stream Processor: losing one of 22,801 Stream Processor (83.3% → 83.3% busy): P99 of reads from Analytics Engine goes from 100 ms to 10...
        var mLPlatform = a.Component("ml_platform", "ML Platform").Instances(28501);
        // 7,600,000 req/s × 1.2 headroom ÷ 5,500 per instance = 1659 → 1659
        var dataLake = a.Component("data_lake", "Data Lake").Instances(1659);
        // 76,000,000 req/s × 1.2 headroom ÷ 4,000 per instance = 22800; every constraint at once needs 22801 (the latency targets with one instance lost) → 22801
        var warehouse = a.Component("warehouse", "Warehouse").Instances(22801);

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
