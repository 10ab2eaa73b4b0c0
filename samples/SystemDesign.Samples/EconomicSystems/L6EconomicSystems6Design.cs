// Drafted by `sysdesign solve l6-economic-systems-6` (src/SystemDesign.Solver); regenerate, do not hand-edit the counts.
namespace SystemDesign.Samples.EconomicSystems;

/// <summary>
/// Post-Scarcity Economics Infrastructure (l6-economic-systems-6).
/// Goal: Design next-generation post-scarcity economics system achieving predictive markets for global-scale deployment
/// Topology: built from the problem's palette (the catalog has no reference solution). Cheapest passing counts found: $89,588,520/month.
/// </summary>
[Design("l6-economic-systems-6")]
public sealed class L6EconomicSystems6Design : IDesign
{
    public void Describe(ArchitectureBuilder a)
    {
        // 75,000,000 req/s × 1.2 headroom ÷ 150 per instance = 600000 → 600000
        var deFiEngine = a.Component("defi_engine", "DeFi Engine").Instances(600000);
        // 75,000,000 req/s × 1.2 headroom ÷ 150 per instance = 600000 → 600000
        var oracleNetwork = a.Component("oracle_network", "Oracle Network").Instances(600000);
        // 150,000,000 req/s × 1.2 headroom ÷ 4,000 per instance = 45000 → 45000
        var blockchainNode = a.Component("blockchain_node", "Blockchain Node").Instances(45000);
        // 15,000,000 req/s × 1.2 headroom ÷ 1,000 per instance = 18000 → 18000
        var settlementLayer = a.Component("settlement_layer", "Settlement Layer").Instances(18000);

        deFiEngine.Calls(blockchainNode);
        deFiEngine.Writes(settlementLayer);
        oracleNetwork.Calls(blockchainNode);
        oracleNetwork.Writes(settlementLayer);
    }
}
