// Drafted by `sysdesign solve sports-betting-cache` (src/SystemDesign.Solver); regenerate, do not hand-edit the counts.
#pragma warning disable SD7001 // Odds Update Stream gets no traffic: nothing connects it to a client. Connect it from the component that uses it (an edge such as Calls, Reads or Writes to Odds Update Stream) or remove it. (and 1 more)
namespace SystemDesign.Samples.Caching;

/// <summary>
/// Real-time Sports Betting Cache (sports-betting-cache).
/// Goal: Update odds in &lt;1ms with &lt;100ms staleness tolerance.
/// Topology: the catalog's reference solution. Cheapest passing counts found: $1,393,996/month.
/// </summary>
[Design("sports-betting-cache")]
public sealed class SportsBettingCacheDesign : IDesign
{
    public void Describe(ArchitectureBuilder a)
    {
        // the workload's source: users outside the system, not sized or billed
        var bettors = a.Component("redirect_client", "Bettors");
        // 2,100,000 req/s × 1.2 headroom ÷ 85,000 per instance = 30 → 30
        var loadBalancer = a.Component("lb", "Load Balancer").Instances(30);
        // 2,100,000 req/s × 1.2 headroom ÷ 150 per instance = 16800; tier T3 needs ≥ 100 app → 16800
        var bettingServers = a.Component("app", "Betting Servers").Instances(16800);
        // 1,000,000 req/s × 1.2 headroom ÷ 100,000 per instance = 12 → 12
        var oddsCacheLocal = a.Component("cache", "Odds Cache (Local)").Instances(12);
        // 1,000,000 req/s × 1.2 headroom ÷ 100,000 per instance = 12 → 12
        var sharedRedis = a.Component("cache", "Shared Redis").Instances(12);
        // one instance carries the load and no requirement asks for more → 1
        var oddsUpdateStream = a.Component("stream", "Odds Update Stream").Instances(1).Parameter("partitions", 26250);
        // 500,000 req/s × 1.2 headroom ÷ 1,000 per instance = 600; every constraint at once needs 1301 (Odds Cache (Local) cold: 1,300,000 ÷ 1,000 req/s below 100%) → 1301
        var oddsDB = a.Component("db_primary", "Odds DB").Instances(1301);
        // one instance carries the load and no requirement asks for more → 1
        var arbitrageDetector = a.Component("worker", "Arbitrage Detector").Instances(1);

        bettors.ConnectsTo(loadBalancer);
        loadBalancer.ConnectsTo(bettingServers);
        bettingServers.ConnectsTo(oddsCacheLocal);
        bettingServers.ConnectsTo(sharedRedis);
        bettingServers.ConnectsTo(oddsDB);
        oddsUpdateStream.ConnectsTo(bettingServers);
        oddsUpdateStream.ConnectsTo(arbitrageDetector);
        arbitrageDetector.ConnectsTo(sharedRedis);
    }
}
