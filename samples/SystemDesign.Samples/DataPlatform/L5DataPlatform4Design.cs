// Drafted by `sysdesign solve l5-data-platform-4` (src/SystemDesign.Solver); regenerate, do not hand-edit the counts.
namespace SystemDesign.Samples.DataPlatform;

/// <summary>
/// Splunk Ml Feature Store Platform (l5-data-platform-4).
/// Goal: Design ML feature store solution for Splunk supporting millions of users and thousands of engineers
/// Topology: built from the problem's palette (the catalog has no reference solution). Cheapest passing counts found: $19,586,318/month.
/// </summary>
[Design("l5-data-platform-4")]
public sealed class L5DataPlatform4Design : IDesign
{
    public void Describe(ArchitectureBuilder a)
    {
        // 13,000,000 req/s × 1.2 headroom ÷ 150 per instance = 104000; every constraint at once needs 173785 (the latency targets with one instance lost); at 173796: SD6004 Stream Processor: losing one of 15,601 Stream Processor (83.3% → 83.3% busy): P99 of reads from Analytics Engine goes from 100 ms to 1...
        var analyticsEngine = a.Component("analytics_engine", "Analytics Engine").Instances(173797);
        // 13,000,000 req/s × 1.2 headroom ÷ 1,000 per instance = 15600; every constraint at once needs 19494 (the latency targets with one instance lost); at 19500: SD6004 Stream Processor: losing one of 15,601 Stream Processor (83.3% → 83.3% busy): P99 of reads from Analytics Engine goes from 100 ms to 10...
        var eTLPipeline = a.Component("etl_pipeline", "ETL Pipeline").Instances(19501);
        // 13,000,000 req/s × 1.2 headroom ÷ 1,000 per instance = 15600; every constraint at once needs 15601 (the latency targets with one instance lost) → 15601
        var streamProcessor = a.Component("stream_processor", "Stream Processor").Instances(15601);
        // 13,000,000 req/s × 1.2 headroom ÷ 1,000 per instance = 15600; every constraint at once needs 19494 (the latency targets with one instance lost); at 19500: SD6004 Stream Processor: losing one of 15,601 Stream Processor (83.3% → 83.3% busy): P99 of reads from Analytics Engine goes from 100 ms to 10...
        var mLPlatform = a.Component("ml_platform", "ML Platform").Instances(19501);
        // 5,200,000 req/s × 1.2 headroom ÷ 5,500 per instance = 1135 → 1135
        var dataLake = a.Component("data_lake", "Data Lake").Instances(1135);
        // 52,000,000 req/s × 1.2 headroom ÷ 4,000 per instance = 15600; every constraint at once needs 15601 (the latency targets with one instance lost) → 15601
        var warehouse = a.Component("warehouse", "Warehouse").Instances(15601);

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
