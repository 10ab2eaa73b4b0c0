// Drafted by `sysdesign solve l5-data-platform-1` (src/SystemDesign.Solver); regenerate, do not hand-edit the counts.
namespace SystemDesign.Samples.DataPlatform;

/// <summary>
/// Databricks Data Lake Platform (l5-data-platform-1).
/// Goal: Design data lake solution for Databricks supporting millions of users and thousands of engineers
/// Topology: built from the problem's palette (the catalog has no reference solution). Cheapest passing counts found: $15,066,358/month.
/// </summary>
[Design("l5-data-platform-1")]
public sealed class L5DataPlatform1Design : IDesign
{
    public void Describe(ArchitectureBuilder a)
    {
        // 10,000,000 req/s × 1.2 headroom ÷ 150 per instance = 80000; every constraint at once needs 133676 (the latency targets with one instance lost); at 133687: SD6004 ML Platform: losing one of 12,001 ML Platform (83.3% → 83.3% busy): P99 of reads from Analytics Engine goes from 100 ms to 100 ms, over...
        var analyticsEngine = a.Component("analytics_engine", "Analytics Engine").Instances(133688);
        // 10,000,000 req/s × 1.2 headroom ÷ 1,000 per instance = 12000; every constraint at once needs 14994 (the latency targets with one instance lost); at 15000: SD6004 ML Platform: losing one of 12,001 ML Platform (83.3% → 83.3% busy): P99 of reads from Analytics Engine goes from 100 ms to 100 ms, over...
        var eTLPipeline = a.Component("etl_pipeline", "ETL Pipeline").Instances(15001);
        // 10,000,000 req/s × 1.2 headroom ÷ 1,000 per instance = 12000; every constraint at once needs 14994 (the latency targets with one instance lost); at 15000: SD6004 ML Platform: losing one of 12,001 ML Platform (83.3% → 83.3% busy): P99 of reads from Analytics Engine goes from 100 ms to 100 ms, over...
        var streamProcessor = a.Component("stream_processor", "Stream Processor").Instances(15001);
        // 10,000,000 req/s × 1.2 headroom ÷ 1,000 per instance = 12000; every constraint at once needs 12001 (the latency targets with one instance lost) → 12001
        var mLPlatform = a.Component("ml_platform", "ML Platform").Instances(12001);
        // 4,000,000 req/s × 1.2 headroom ÷ 5,500 per instance = 873 → 873
        var dataLake = a.Component("data_lake", "Data Lake").Instances(873);
        // 40,000,000 req/s × 1.2 headroom ÷ 4,000 per instance = 12000; every constraint at once needs 12001 (the latency targets with one instance lost) → 12001
        var warehouse = a.Component("warehouse", "Warehouse").Instances(12001);

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
