// Drafted by `sysdesign solve l5-data-platform-5` (src/SystemDesign.Solver); regenerate, do not hand-edit the counts.
namespace SystemDesign.Samples.DataPlatform;

/// <summary>
/// Tableau Data Governance Platform (l5-data-platform-5).
/// Goal: Design data governance solution for Tableau supporting millions of users and thousands of engineers
/// Topology: built from the problem's palette (the catalog has no reference solution). Cheapest passing counts found: $21,092,987/month.
/// </summary>
[Design("l5-data-platform-5")]
public sealed class L5DataPlatform5Design : IDesign
{
    public void Describe(ArchitectureBuilder a)
    {
        // 14,000,000 req/s × 1.2 headroom ÷ 150 per instance = 112000; every constraint at once needs 187155 (the latency targets with one instance lost); at 187166: SD6004 Stream Processor: losing one of 16,801 Stream Processor (83.3% → 83.3% busy): P99 of reads from Analytics Engine goes from 100 ms to 1...
        var analyticsEngine = a.Component("analytics_engine", "Analytics Engine").Instances(187167);
        // 14,000,000 req/s × 1.2 headroom ÷ 1,000 per instance = 16800; every constraint at once needs 20994 (the latency targets with one instance lost); at 21000: SD6004 Stream Processor: losing one of 16,801 Stream Processor (83.3% → 83.3% busy): P99 of reads from Analytics Engine goes from 100 ms to 10...
        var eTLPipeline = a.Component("etl_pipeline", "ETL Pipeline").Instances(21001);
        // 14,000,000 req/s × 1.2 headroom ÷ 1,000 per instance = 16800; every constraint at once needs 16801 (the latency targets with one instance lost) → 16801
        var streamProcessor = a.Component("stream_processor", "Stream Processor").Instances(16801);
        // 14,000,000 req/s × 1.2 headroom ÷ 1,000 per instance = 16800; every constraint at once needs 20994 (the latency targets with one instance lost); at 21000: SD6004 Stream Processor: losing one of 16,801 Stream Processor (83.3% → 83.3% busy): P99 of reads from Analytics Engine goes from 100 ms to 10...
        var mLPlatform = a.Component("ml_platform", "ML Platform").Instances(21001);
        // 5,600,000 req/s × 1.2 headroom ÷ 5,500 per instance = 1222 → 1222
        var dataLake = a.Component("data_lake", "Data Lake").Instances(1222);
        // 56,000,000 req/s × 1.2 headroom ÷ 4,000 per instance = 16800; every constraint at once needs 16801 (the latency targets with one instance lost) → 16801
        var warehouse = a.Component("warehouse", "Warehouse").Instances(16801);

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
