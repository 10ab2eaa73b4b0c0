// Drafted by `sysdesign solve hft-gateway` (src/SystemDesign.Solver); regenerate, do not hand-edit the counts.
#pragma warning disable SD7001 // Risk Cache gets no traffic: nothing connects it to a client. Connect it from the component that uses it (an edge such as Calls, Reads or Writes to Risk Cache) or remove it.
namespace SystemDesign.Samples.Gateway;

/// <summary>
/// High-Frequency Trading Gateway (hft-gateway).
/// Goal: Route orders with &lt;100μs latency.
/// Topology: the catalog's reference solution. Cheapest passing counts found: $1,700,430/month.
/// </summary>
[Design("hft-gateway")]
public sealed class HftGatewayDesign : IDesign
{
    public void Describe(ArchitectureBuilder a)
    {
        // the workload's source: users outside the system, not sized or billed
        var tradingAlgos = a.Component("redirect_client", "Trading Algos");
        // 1,000,000 req/s × 1.2 headroom ÷ 150 per instance = 8000; tier T0 needs ≥ 150 app in all, across 3 components → 8000
        var hFTGateway = a.Component("app", "HFT Gateway").Instances(8000);
        // one instance carries the load and no requirement asks for more → 1
        var riskCache = a.Component("cache", "Risk Cache").Instances(1);
        // 1,000,000 req/s × 1.2 headroom ÷ 10,000 per instance = 120 → 120
        var marketData = a.Component("stream", "Market Data").Instances(120);
        // 1,000,000 req/s × 1.2 headroom ÷ 150 per instance = 8000; tier T0 needs ≥ 150 app in all, across 3 components → 8000
        var exchangeA = a.Component("app", "Exchange A").Instances(8000);
        // 1,000,000 req/s × 1.2 headroom ÷ 150 per instance = 8000; tier T0 needs ≥ 150 app in all, across 3 components → 8000
        var exchangeB = a.Component("app", "Exchange B").Instances(8000);

        tradingAlgos.ConnectsTo(hFTGateway);
        hFTGateway.ConnectsTo(riskCache);
        hFTGateway.ConnectsTo(marketData);
        hFTGateway.ConnectsTo(exchangeA);
        hFTGateway.ConnectsTo(exchangeB);
    }
}
