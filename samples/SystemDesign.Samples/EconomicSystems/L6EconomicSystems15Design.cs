// Drafted by `sysdesign solve l6-economic-systems-15` (src/SystemDesign.Solver); regenerate, do not hand-edit the counts.
namespace SystemDesign.Samples.EconomicSystems;

/// <summary>
/// Biological Assets Infrastructure (l6-economic-systems-15).
/// Goal: Design next-generation biological assets system achieving predictive markets for global-scale deployment
/// Topology: built from the problem's palette (the catalog has no reference solution). Cheapest passing counts found: $143,341,632/month.
/// </summary>
[Design("l6-economic-systems-15")]
public sealed class L6EconomicSystems15Design : IDesign
{
    public void Describe(ArchitectureBuilder a)
    {
        // 120,000,000 req/s × 1.2 headroom ÷ 150 per instance = 960000 → 960000
        var deFiEngine = a.Component("defi_engine", "DeFi Engine").Instances(960000);
        // 120,000,000 req/s × 1.2 headroom ÷ 150 per instance = 960000 → 960000
        var oracleNetwork = a.Component("oracle_network", "Oracle Network").Instances(960000);
        // 240,000,000 req/s × 1.2 headroom ÷ 4,000 per instance = 72000 → 72000
        var blockchainNode = a.Component("blockchain_node", "Blockchain Node").Instances(72000);
        // 24,000,000 req/s × 1.2 headroom ÷ 1,000 per instance = 28800 → 28800
        var settlementLayer = a.Component("settlement_layer", "Settlement Layer").Instances(28800);

        deFiEngine.Calls(blockchainNode);
        deFiEngine.Writes(settlementLayer);
        oracleNetwork.Calls(blockchainNode);
        oracleNetwork.Writes(settlementLayer);
    }
}
