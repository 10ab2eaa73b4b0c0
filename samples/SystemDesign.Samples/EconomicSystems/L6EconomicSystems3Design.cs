// Drafted by `sysdesign solve l6-economic-systems-3` (src/SystemDesign.Solver); regenerate, do not hand-edit the counts.
namespace SystemDesign.Samples.EconomicSystems;

/// <summary>
/// Ai Governance Tokens Infrastructure (l6-economic-systems-3).
/// Goal: Design next-generation AI governance tokens system achieving predictive markets for global-scale deployment
/// Topology: built from the problem's palette (the catalog has no reference solution). Cheapest passing counts found: $71,670,816/month.
/// </summary>
[Design("l6-economic-systems-3")]
public sealed class L6EconomicSystems3Design : IDesign
{
    public void Describe(ArchitectureBuilder a)
    {
        // 60,000,000 req/s × 1.2 headroom ÷ 150 per instance = 480000 → 480000
        var deFiEngine = a.Component("defi_engine", "DeFi Engine").Instances(480000);
        // 60,000,000 req/s × 1.2 headroom ÷ 150 per instance = 480000 → 480000
        var oracleNetwork = a.Component("oracle_network", "Oracle Network").Instances(480000);
        // 120,000,000 req/s × 1.2 headroom ÷ 4,000 per instance = 36000 → 36000
        var blockchainNode = a.Component("blockchain_node", "Blockchain Node").Instances(36000);
        // 12,000,000 req/s × 1.2 headroom ÷ 1,000 per instance = 14400 → 14400
        var settlementLayer = a.Component("settlement_layer", "Settlement Layer").Instances(14400);

        deFiEngine.Calls(blockchainNode);
        deFiEngine.Writes(settlementLayer);
        oracleNetwork.Calls(blockchainNode);
        oracleNetwork.Writes(settlementLayer);
    }
}
