// Drafted by `sysdesign solve l6-economic-systems-8` (src/SystemDesign.Solver); regenerate, do not hand-edit the counts.
namespace SystemDesign.Samples.EconomicSystems;

/// <summary>
/// Ai Governance Tokens Infrastructure (l6-economic-systems-8).
/// Goal: Design next-generation AI governance tokens system achieving infinite liquidity for global-scale deployment
/// Topology: built from the problem's palette (the catalog has no reference solution). Cheapest passing counts found: $101,533,656/month.
/// </summary>
[Design("l6-economic-systems-8")]
public sealed class L6EconomicSystems8Design : IDesign
{
    public void Describe(ArchitectureBuilder a)
    {
        // 85,000,000 req/s × 1.2 headroom ÷ 150 per instance = 680000 → 680000
        var deFiEngine = a.Component("defi_engine", "DeFi Engine").Instances(680000);
        // 85,000,000 req/s × 1.2 headroom ÷ 150 per instance = 680000 → 680000
        var oracleNetwork = a.Component("oracle_network", "Oracle Network").Instances(680000);
        // 170,000,000 req/s × 1.2 headroom ÷ 4,000 per instance = 51000 → 51000
        var blockchainNode = a.Component("blockchain_node", "Blockchain Node").Instances(51000);
        // 17,000,000 req/s × 1.2 headroom ÷ 1,000 per instance = 20400 → 20400
        var settlementLayer = a.Component("settlement_layer", "Settlement Layer").Instances(20400);

        deFiEngine.Calls(blockchainNode);
        deFiEngine.Writes(settlementLayer);
        oracleNetwork.Calls(blockchainNode);
        oracleNetwork.Writes(settlementLayer);
    }
}
