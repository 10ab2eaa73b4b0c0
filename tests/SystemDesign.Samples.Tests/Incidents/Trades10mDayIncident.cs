namespace SystemDesign.Samples.Tests.Incidents;

/// <summary>
/// The incident of trades-10m-day, before the fix: 10 partitions and one-at-a-time ledger writes.
/// </summary>
/// <remarks>
/// Ten partitions cap the consumers; ledger entries are written one per trade.
/// </remarks>
[Incident("trades-10m-day", "SD1004")]
public sealed class Trades10mDayIncident : IDesign
{
    public void Describe(ArchitectureBuilder a)
    {
        var traders = a.Component("client", "Traders");
        var lB = a.Component("lb", "LB").Instances(2);
        var tradeAPI = a.Component("app", "Trade API").Instances(2);
        var tradeEvents = a.Component("stream", "Trade Events").Instances(2).Parameter("partitions", 10);
        var tradeProcessors = a.Component("worker", "Trade Processors").Instances(1);
        var ledgerDB = a.Component("db_primary", "Ledger DB").Instances(1);
        var positionCache = a.Component("cache", "Position Cache").Instances(1);

        traders.ConnectsTo(lB);
        lB.ConnectsTo(tradeAPI);
        tradeAPI.ConnectsTo(positionCache);
        tradeAPI.ConnectsTo(tradeEvents);
        tradeEvents.ConnectsTo(tradeProcessors);
        tradeProcessors.ConnectsTo(ledgerDB);
    }
}
