// Drafted by `sysdesign solve l5-data-platform-15` (src/SystemDesign.Solver); regenerate, do not hand-edit the counts.
namespace SystemDesign.Samples.DataPlatform;

/// <summary>
/// Segment Data Governance Platform (l5-data-platform-15).
/// Goal: Design data governance solution for Segment supporting millions of users and thousands of engineers
/// Topology: built from the problem's palette (the catalog has no reference solution). Cheapest passing counts found: $36,159,677/month.
/// </summary>
[Design("l5-data-platform-15")]
public sealed class L5DataPlatform15Design : IDesign
{
    public void Describe(ArchitectureBuilder a)
    {
        // 24,000,000 req/s × 1.2 headroom ÷ 150 per instance = 192000; every constraint at once needs 320854 (the latency targets with one instance lost); at 320865: SD6004 ML Platform: losing one of 28,801 ML Platform (83.3% → 83.3% busy): P99 of reads from Analytics Engine goes from 100 ms to 100 ms, ove...
        var analyticsEngine = a.Component("analytics_engine", "Analytics Engine").Instances(320866);
        // 24,000,000 req/s × 1.2 headroom ÷ 1,000 per instance = 28800; every constraint at once needs 35994 (the latency targets with one instance lost); at 36000: SD6004 ML Platform: losing one of 28,801 ML Platform (83.3% → 83.3% busy): P99 of reads from Analytics Engine goes from 100 ms to 100 ms, over...
        var eTLPipeline = a.Component("etl_pipeline", "ETL Pipeline").Instances(36001);
        // 24,000,000 req/s × 1.2 headroom ÷ 1,000 per instance = 28800; every constraint at once needs 35994 (the latency targets with one instance lost); at 36000: SD6004 ML Platform: losing one of 28,801 ML Platform (83.3% → 83.3% busy): P99 of reads from Analytics Engine goes from 100 ms to 100 ms, over...
        var streamProcessor = a.Component("stream_processor", "Stream Processor").Instances(36001);
        // 24,000,000 req/s × 1.2 headroom ÷ 1,000 per instance = 28800; every constraint at once needs 28801 (the latency targets with one instance lost) → 28801
        var mLPlatform = a.Component("ml_platform", "ML Platform").Instances(28801);
        // 9,600,000 req/s × 1.2 headroom ÷ 5,500 per instance = 2095 → 2095
        var dataLake = a.Component("data_lake", "Data Lake").Instances(2095);
        // 96,000,000 req/s × 1.2 headroom ÷ 4,000 per instance = 28800; every constraint at once needs 28801 (the latency targets with one instance lost) → 28801
        var warehouse = a.Component("warehouse", "Warehouse").Instances(28801);

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
