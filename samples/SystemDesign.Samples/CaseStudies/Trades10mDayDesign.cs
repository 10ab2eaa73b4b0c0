// Drafted by `sysdesign solve trades-10m-day` (src/SystemDesign.Solver); regenerate, do not hand-edit the counts.
namespace SystemDesign.Samples.CaseStudies;

/// <summary>
/// Redesign for 10M Trades a Day (trades-10m-day).
/// Goal: Process 10M trades a day (116 a second) at P95 under 100 ms and 99.9% availability.
/// Topology: the catalog's reference solution. Cheapest passing counts found: $796/month.
/// </summary>
[Design("trades-10m-day")]
public sealed class Trades10mDayDesign : IDesign
{
    public void Describe(ArchitectureBuilder a)
    {
        // the workload's source: users outside the system, not sized or billed
        var traders = a.Component("client", "Traders");
        // 116 req/s × 1.2 headroom ÷ 85,000 per instance = 1; every constraint at once needs 2 (N+1: 116 ÷ 85,000 req/s below 100%, plus one instance to lose) → 2
        var lB = a.Component("lb", "LB").Instances(2);
        // 116 req/s × 1.2 headroom ÷ 150 per instance = 1; every constraint at once needs 2 (N+1: 116 ÷ 150 req/s below 100%, plus one instance to lose) → 2
        var tradeAPI = a.Component("app", "Trade API").Instances(2);
        // 58 req/s × 1.2 headroom ÷ 10,000 per instance = 1; every constraint at once needs 2 (N+1: 58 ÷ 10,000 req/s below 100%, plus one instance to lose) → 2
        var tradeEvents = a.Component("stream", "Trade Events").Instances(2).Parameter("partitions", 100);
        // 58 req/s × 1.2 headroom ÷ 1,000,000 per instance = 1 → 1
        var tradeProcessors = a.Component("worker", "Trade Processors").Instances(1).Parameter("batch_size", 1000);
        // 58 req/s × 1.2 headroom ÷ 1,000 per instance = 1 → 1
        var ledgerDB = a.Component("db_primary", "Ledger DB").Instances(1);
        // 58 req/s × 1.2 headroom ÷ 100,000 per instance = 1 → 1
        var positionCache = a.Component("cache", "Position Cache").Instances(1);

        traders.ConnectsTo(lB);
        lB.ConnectsTo(tradeAPI);
        tradeAPI.ConnectsTo(positionCache);
        tradeAPI.ConnectsTo(tradeEvents);
        tradeEvents.ConnectsTo(tradeProcessors);
        tradeProcessors.ConnectsTo(ledgerDB);
    }
}
