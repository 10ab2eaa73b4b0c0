// Drafted by `sysdesign solve l5-data-platform-14` (src/SystemDesign.Solver); regenerate, do not hand-edit the counts.
namespace SystemDesign.Samples.DataPlatform;

/// <summary>
/// Stitch Ml Feature Store Platform (l5-data-platform-14).
/// Goal: Design ML feature store solution for Stitch supporting millions of users and thousands of engineers
/// Topology: built from the problem's palette (the catalog has no reference solution). Cheapest passing counts found: $34,653,008/month.
/// </summary>
[Design("l5-data-platform-14")]
public sealed class L5DataPlatform14Design : IDesign
{
    public void Describe(ArchitectureBuilder a)
    {
        // 23,000,000 req/s × 1.2 headroom ÷ 150 per instance = 184000; every constraint at once needs 307484 (the latency targets with one instance lost); at 307495: SD6004 ML Platform: losing one of 27,601 ML Platform (83.3% → 83.3% busy): P99 of reads from Analytics Engine goes from 100 ms to 100 ms, ove...
        var analyticsEngine = a.Component("analytics_engine", "Analytics Engine").Instances(307496);
        // 23,000,000 req/s × 1.2 headroom ÷ 1,000 per instance = 27600; every constraint at once needs 34494 (the latency targets with one instance lost); at 34500: SD6004 ML Platform: losing one of 27,601 ML Platform (83.3% → 83.3% busy): P99 of reads from Analytics Engine goes from 100 ms to 100 ms, over...
        var eTLPipeline = a.Component("etl_pipeline", "ETL Pipeline").Instances(34501);
        // 23,000,000 req/s × 1.2 headroom ÷ 1,000 per instance = 27600; every constraint at once needs 34494 (the latency targets with one instance lost); at 34500: SD6004 ML Platform: losing one of 27,601 ML Platform (83.3% → 83.3% busy): P99 of reads from Analytics Engine goes from 100 ms to 100 ms, over...
        var streamProcessor = a.Component("stream_processor", "Stream Processor").Instances(34501);
        // 23,000,000 req/s × 1.2 headroom ÷ 1,000 per instance = 27600; every constraint at once needs 27601 (the latency targets with one instance lost) → 27601
        var mLPlatform = a.Component("ml_platform", "ML Platform").Instances(27601);
        // 9,200,000 req/s × 1.2 headroom ÷ 5,500 per instance = 2008 → 2008
        var dataLake = a.Component("data_lake", "Data Lake").Instances(2008);
        // 92,000,000 req/s × 1.2 headroom ÷ 4,000 per instance = 27600; every constraint at once needs 27601 (the latency targets with one instance lost) → 27601
        var warehouse = a.Component("warehouse", "Warehouse").Instances(27601);

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
