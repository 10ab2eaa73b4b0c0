// Drafted by `sysdesign solve stock-price-updates` (src/SystemDesign.Solver); regenerate, do not hand-edit the counts.
#pragma warning disable SD7003 // Last Price Cache receives 1,000,000 writes/s it has no edge to pass on. Connect it to what serves them.
namespace SystemDesign.Samples.Streaming;

/// <summary>
/// Stock Price Updates (stock-price-updates).
/// Goal: Build Bloomberg-style price streaming.
/// Topology: the catalog's reference solution. Cheapest passing counts found: $1,296,971/month.
/// </summary>
[Design("stock-price-updates")]
public sealed class StockPriceUpdatesDesign : IDesign
{
    public void Describe(ArchitectureBuilder a)
    {
        // the workload's source: users outside the system, not sized or billed
        var exchanges = a.Component("create_client", "Exchanges");
        // 1,000,000 req/s × 1.2 headroom ÷ 150 per instance = 8000; tier T2 needs ≥ 100 app in all, across 2 components → 8000
        var feedHandler = a.Component("app", "Feed Handler").Instances(8000);
        // 1,000,000 req/s × 1.2 headroom ÷ 10,000 per instance = 120 → 120
        var priceStream = a.Component("stream", "Price Stream").Instances(120).Parameter("partitions", 8000);
        // 1,000,000 req/s × 1.2 headroom ÷ 100,000 per instance = 12 → 12
        var lastPriceCache = a.Component("cache", "Last Price Cache").Instances(12);
        // 1,000,000 req/s × 1.2 headroom ÷ 150 per instance = 8000; tier T2 needs ≥ 100 app in all, across 2 components → 8000
        var webSocketServers = a.Component("app", "WebSocket Servers").Instances(8000);
        // 1,000,000 req/s × 1.2 headroom ÷ 1,000 per instance = 1200 → 1200
        var tickDB = a.Component("db_primary", "Tick DB").Instances(1200);

        exchanges.ConnectsTo(feedHandler);
        feedHandler.ConnectsTo(priceStream);
        priceStream.ConnectsTo(lastPriceCache);
        priceStream.ConnectsTo(webSocketServers);
        priceStream.ConnectsTo(tickDB);
    }
}
