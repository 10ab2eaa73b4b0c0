// Drafted by `sysdesign solve l5-data-platform-11` (src/SystemDesign.Solver); regenerate, do not hand-edit the counts.
namespace SystemDesign.Samples.DataPlatform;

/// <summary>
/// Informatica Data Lake Platform (l5-data-platform-11).
/// Goal: Design data lake solution for Informatica supporting millions of users and thousands of engineers
/// Topology: built from the problem's palette (the catalog has no reference solution). Cheapest passing counts found: $30,132,978/month.
/// </summary>
[Design("l5-data-platform-11")]
public sealed class L5DataPlatform11Design : IDesign
{
    public void Describe(ArchitectureBuilder a)
    {
        // 20,000,000 req/s × 1.2 headroom ÷ 150 per instance = 160000; every constraint at once needs 267374 (the latency targets with one instance lost); at 267385: SD6004 Stream Processor: losing one of 24,001 Stream Processor (83.3% → 83.3% busy): P99 of reads from Analytics Engine goes from 100 ms to 1...
        var analyticsEngine = a.Component("analytics_engine", "Analytics Engine").Instances(267386);
        // 20,000,000 req/s × 1.2 headroom ÷ 1,000 per instance = 24000; every constraint at once needs 29994 (the latency targets with one instance lost); at 30000: SD6004 Stream Processor: losing one of 24,001 Stream Processor (83.3% → 83.3% busy): P99 of reads from Analytics Engine goes from 100 ms to 10...
        var eTLPipeline = a.Component("etl_pipeline", "ETL Pipeline").Instances(30001);
        // 20,000,000 req/s × 1.2 headroom ÷ 1,000 per instance = 24000; every constraint at once needs 24001 (the latency targets with one instance lost) → 24001
        var streamProcessor = a.Component("stream_processor", "Stream Processor").Instances(24001);
        // 20,000,000 req/s × 1.2 headroom ÷ 1,000 per instance = 24000; every constraint at once needs 29994 (the latency targets with one instance lost); at 30000: SD6004 Stream Processor: losing one of 24,001 Stream Processor (83.3% → 83.3% busy): P99 of reads from Analytics Engine goes from 100 ms to 10...
        var mLPlatform = a.Component("ml_platform", "ML Platform").Instances(30001);
        // 8,000,000 req/s × 1.2 headroom ÷ 5,500 per instance = 1746 → 1746
        var dataLake = a.Component("data_lake", "Data Lake").Instances(1746);
        // 80,000,000 req/s × 1.2 headroom ÷ 4,000 per instance = 24000; every constraint at once needs 24001 (the latency targets with one instance lost) → 24001
        var warehouse = a.Component("warehouse", "Warehouse").Instances(24001);

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
