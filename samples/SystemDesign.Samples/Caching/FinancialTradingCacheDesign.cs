// Drafted by `sysdesign solve financial-trading-cache` (src/SystemDesign.Solver); regenerate, do not hand-edit the counts.
#pragma warning disable SD7001 // Standby Matching Engine gets no traffic: nothing connects it to a client. Connect it from the component that uses it (an edge such as Calls, Reads or Writes to Standby Matching Engine) or remove it.
#pragma warning disable SD7003 // Standby Book (NVRAM) receives 11,000,000 writes/s it has no edge to pass on. Connect it to what serves them.
namespace SystemDesign.Samples.Caching;

/// <summary>
/// Financial Trading Platform Cache (financial-trading-cache).
/// Goal: Process trades in &lt;500μs with strict message ordering.
/// Topology: the catalog's reference solution. Cheapest passing counts found: $8,114,738/month.
/// </summary>
[Design("financial-trading-cache")]
public sealed class FinancialTradingCacheDesign : IDesign
{
    public void Describe(ArchitectureBuilder a)
    {
        // the workload's source: users outside the system, not sized or billed
        var tradingSystems = a.Component("redirect_client", "Trading Systems");
        // 11,000,000 req/s × 1.2 headroom ÷ 150 per instance = 88000; tier T3 needs ≥ 10 app in all, across 2 components → 88000
        var primaryMatchingEngine = a.Component("app", "Primary Matching Engine").Instances(88000);
        // tier T3 needs ≥ 10 app in all, across 2 components → 1
        var standbyMatchingEngine = a.Component("app", "Standby Matching Engine").Instances(1);
        // 11,000,000 req/s × 1.2 headroom ÷ 100,000 per instance = 132; tier T1 needs ≥ 2 cache in all, across 2 components → 132
        var orderBookNVRAM = a.Component("cache", "Order Book (NVRAM)").Instances(132);
        // 11,000,000 req/s × 1.2 headroom ÷ 100,000 per instance = 132; tier T1 needs ≥ 2 cache in all, across 2 components → 132
        var standbyBookNVRAM = a.Component("cache", "Standby Book (NVRAM)").Instances(132);
        // 11,000,000 req/s × 1.2 headroom ÷ 10,000 per instance = 1320 → 1320
        var tradeLogRDMA = a.Component("stream", "Trade Log (RDMA)").Instances(1320).Parameter("partitions", 13200);
        // 11,000,000 req/s × 1.2 headroom ÷ 1,000 per instance = 13200 → 13200
        var auditDB = a.Component("db_primary", "Audit DB").Instances(13200);

        tradingSystems.ConnectsTo(primaryMatchingEngine);
        primaryMatchingEngine.ConnectsTo(orderBookNVRAM);
        orderBookNVRAM.ConnectsTo(standbyBookNVRAM);
        primaryMatchingEngine.ConnectsTo(tradeLogRDMA);
        standbyMatchingEngine.ConnectsTo(standbyBookNVRAM);
        tradeLogRDMA.ConnectsTo(auditDB);
    }
}
