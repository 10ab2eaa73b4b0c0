// Drafted by `sysdesign solve l6-economic-systems-14` (src/SystemDesign.Solver); regenerate, do not hand-edit the counts.
namespace SystemDesign.Samples.EconomicSystems;

/// <summary>
/// Quantum Finance Infrastructure (l6-economic-systems-14).
/// Goal: Design next-generation quantum finance system achieving infinite liquidity for global-scale deployment
/// Topology: built from the problem's palette (the catalog has no reference solution). Cheapest passing counts found: $137,369,064/month.
/// </summary>
[Design("l6-economic-systems-14")]
public sealed class L6EconomicSystems14Design : IDesign
{
    public void Describe(ArchitectureBuilder a)
    {
        // 115,000,000 req/s × 1.2 headroom ÷ 150 per instance = 920000 → 920000
        var deFiEngine = a.Component("defi_engine", "DeFi Engine").Instances(920000);
        // 115,000,000 req/s × 1.2 headroom ÷ 150 per instance = 920000 → 920000
        var oracleNetwork = a.Component("oracle_network", "Oracle Network").Instances(920000);
        // 230,000,000 req/s × 1.2 headroom ÷ 4,000 per instance = 69000 → 69000
        var blockchainNode = a.Component("blockchain_node", "Blockchain Node").Instances(69000);
        // 23,000,000 req/s × 1.2 headroom ÷ 1,000 per instance = 27600 → 27600
        var settlementLayer = a.Component("settlement_layer", "Settlement Layer").Instances(27600);

        deFiEngine.Calls(blockchainNode);
        deFiEngine.Writes(settlementLayer);
        oracleNetwork.Calls(blockchainNode);
        oracleNetwork.Writes(settlementLayer);
    }
}
