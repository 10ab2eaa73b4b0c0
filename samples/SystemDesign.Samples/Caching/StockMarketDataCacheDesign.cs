// Drafted by `sysdesign solve stock-market-data-cache` (src/SystemDesign.Solver); regenerate, do not hand-edit the counts.
namespace SystemDesign.Samples.Caching;

/// <summary>
/// Stock Market Data Feed Cache (stock-market-data-cache).
/// Goal: Stream 10k stocks at 100 ticks/sec with &lt;10ms lag.
/// Topology: the catalog's reference solution. Cheapest passing counts found: $751,331/month.
/// </summary>
[Design("stock-market-data-cache")]
public sealed class StockMarketDataCacheDesign : IDesign
{
    public void Describe(ArchitectureBuilder a)
    {
        // the workload's source: users outside the system, not sized or billed
        var subscribers = a.Component("redirect_client", "Subscribers");
        // 1,000,000 req/s × 1.2 headroom ÷ 85,000 per instance = 15 → 15
        var loadBalancer = a.Component("lb", "Load Balancer").Instances(15);
        // 1,000,000 req/s × 1.2 headroom ÷ 150 per instance = 8000; every constraint at once needs 10126 (the latency targets with one instance lost); tier T3 needs ≥ 50 app → 10126
        var streamServers = a.Component("app", "Stream Servers").Instances(10126);
        // 900,000 req/s × 1.2 headroom ÷ 100,000 per instance = 11 → 11
        var tickCacheRedisTS = a.Component("cache", "Tick Cache (Redis TS)").Instances(11);
        // 100,000 req/s × 1.2 headroom ÷ 10,000 per instance = 12 → 12
        var tickStreamKafka = a.Component("stream", "Tick Stream (Kafka)").Instances(12).Parameter("partitions", 120);
        // 100,000 req/s × 1.2 headroom ÷ 1,000 per instance = 120 → 120
        var oHLCAggregator = a.Component("worker", "OHLC Aggregator").Instances(120);
        // 100,000 req/s × 1.2 headroom ÷ 1,000 per instance = 120 → 120
        var backpressureManager = a.Component("worker", "Backpressure Manager").Instances(120);
        // 100,000 req/s × 1.2 headroom ÷ 5,500 per instance = 22 → 22
        var tickArchiveS3 = a.Component("object_store", "Tick Archive (S3)").Instances(22);

        subscribers.ConnectsTo(loadBalancer);
        loadBalancer.ConnectsTo(streamServers);
        streamServers.ConnectsTo(tickCacheRedisTS);
        streamServers.ConnectsTo(tickStreamKafka);
        tickStreamKafka.ConnectsTo(oHLCAggregator);
        tickStreamKafka.ConnectsTo(backpressureManager);
        oHLCAggregator.ConnectsTo(tickCacheRedisTS);
        backpressureManager.ConnectsTo(tickArchiveS3);
    }
}
