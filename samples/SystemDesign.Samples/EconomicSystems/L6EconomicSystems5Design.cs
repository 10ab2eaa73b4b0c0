// Drafted by `sysdesign solve l6-economic-systems-5` (src/SystemDesign.Solver); regenerate, do not hand-edit the counts.
namespace SystemDesign.Samples.EconomicSystems;

/// <summary>
/// Biological Assets Infrastructure (l6-economic-systems-5).
/// Goal: Design next-generation biological assets system achieving infinite liquidity for global-scale deployment
/// Topology: built from the problem's palette (the catalog has no reference solution). Cheapest passing counts found: $83,615,952/month.
/// </summary>
[Design("l6-economic-systems-5")]
public sealed class L6EconomicSystems5Design : IDesign
{
    public void Describe(ArchitectureBuilder a)
    {
        // 70,000,000 req/s × 1.2 headroom ÷ 150 per instance = 560000 → 560000
        var deFiEngine = a.Component("defi_engine", "DeFi Engine").Instances(560000);
        // 70,000,000 req/s × 1.2 headroom ÷ 150 per instance = 560000 → 560000
        var oracleNetwork = a.Component("oracle_network", "Oracle Network").Instances(560000);
        // 140,000,000 req/s × 1.2 headroom ÷ 4,000 per instance = 42000 → 42000
        var blockchainNode = a.Component("blockchain_node", "Blockchain Node").Instances(42000);
        // 14,000,000 req/s × 1.2 headroom ÷ 1,000 per instance = 16800 → 16800
        var settlementLayer = a.Component("settlement_layer", "Settlement Layer").Instances(16800);

        deFiEngine.Calls(blockchainNode);
        deFiEngine.Writes(settlementLayer);
        oracleNetwork.Calls(blockchainNode);
        oracleNetwork.Writes(settlementLayer);
    }
}
