// Drafted by `sysdesign solve l6-economic-systems-11` (src/SystemDesign.Solver); regenerate, do not hand-edit the counts.
namespace SystemDesign.Samples.EconomicSystems;

/// <summary>
/// Post-Scarcity Economics Infrastructure (l6-economic-systems-11).
/// Goal: Design next-generation post-scarcity economics system achieving infinite liquidity for global-scale deployment
/// Topology: built from the problem's palette (the catalog has no reference solution). Cheapest passing counts found: $119,451,360/month.
/// </summary>
[Design("l6-economic-systems-11")]
public sealed class L6EconomicSystems11Design : IDesign
{
    public void Describe(ArchitectureBuilder a)
    {
        // 100,000,000 req/s × 1.2 headroom ÷ 150 per instance = 800000 → 800000
        var deFiEngine = a.Component("defi_engine", "DeFi Engine").Instances(800000);
        // 100,000,000 req/s × 1.2 headroom ÷ 150 per instance = 800000 → 800000
        var oracleNetwork = a.Component("oracle_network", "Oracle Network").Instances(800000);
        // 200,000,000 req/s × 1.2 headroom ÷ 4,000 per instance = 60000 → 60000
        var blockchainNode = a.Component("blockchain_node", "Blockchain Node").Instances(60000);
        // 20,000,000 req/s × 1.2 headroom ÷ 1,000 per instance = 24000 → 24000
        var settlementLayer = a.Component("settlement_layer", "Settlement Layer").Instances(24000);

        deFiEngine.Calls(blockchainNode);
        deFiEngine.Writes(settlementLayer);
        oracleNetwork.Calls(blockchainNode);
        oracleNetwork.Writes(settlementLayer);
    }
}
