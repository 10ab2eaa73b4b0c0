// Drafted by `sysdesign solve l6-economic-systems-9` (src/SystemDesign.Solver); regenerate, do not hand-edit the counts.
namespace SystemDesign.Samples.EconomicSystems;

/// <summary>
/// Quantum Finance Infrastructure (l6-economic-systems-9).
/// Goal: Design next-generation quantum finance system achieving predictive markets for global-scale deployment
/// Topology: built from the problem's palette (the catalog has no reference solution). Cheapest passing counts found: $107,506,224/month.
/// </summary>
[Design("l6-economic-systems-9")]
public sealed class L6EconomicSystems9Design : IDesign
{
    public void Describe(ArchitectureBuilder a)
    {
        // 90,000,000 req/s × 1.2 headroom ÷ 150 per instance = 720000 → 720000
        var deFiEngine = a.Component("defi_engine", "DeFi Engine").Instances(720000);
        // 90,000,000 req/s × 1.2 headroom ÷ 150 per instance = 720000 → 720000
        var oracleNetwork = a.Component("oracle_network", "Oracle Network").Instances(720000);
        // 180,000,000 req/s × 1.2 headroom ÷ 4,000 per instance = 54000 → 54000
        var blockchainNode = a.Component("blockchain_node", "Blockchain Node").Instances(54000);
        // 18,000,000 req/s × 1.2 headroom ÷ 1,000 per instance = 21600 → 21600
        var settlementLayer = a.Component("settlement_layer", "Settlement Layer").Instances(21600);

        deFiEngine.Calls(blockchainNode);
        deFiEngine.Writes(settlementLayer);
        oracleNetwork.Calls(blockchainNode);
        oracleNetwork.Writes(settlementLayer);
    }
}
