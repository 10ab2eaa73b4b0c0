// Drafted by `sysdesign solve l6-economic-systems-1` (src/SystemDesign.Solver); regenerate, do not hand-edit the counts.
namespace SystemDesign.Samples.EconomicSystems;

/// <summary>
/// Post-Scarcity Economics Infrastructure (l6-economic-systems-1).
/// Goal: Design next-generation post-scarcity economics system achieving self-balancing economies for global-scale deployment
/// Topology: built from the problem's palette (the catalog has no reference solution). Cheapest passing counts found: $59,725,680/month.
/// </summary>
[Design("l6-economic-systems-1")]
public sealed class L6EconomicSystems1Design : IDesign
{
    public void Describe(ArchitectureBuilder a)
    {
        // 50,000,000 req/s × 1.2 headroom ÷ 150 per instance = 400000 → 400000
        var deFiEngine = a.Component("defi_engine", "DeFi Engine").Instances(400000);
        // 50,000,000 req/s × 1.2 headroom ÷ 150 per instance = 400000 → 400000
        var oracleNetwork = a.Component("oracle_network", "Oracle Network").Instances(400000);
        // 100,000,000 req/s × 1.2 headroom ÷ 4,000 per instance = 30000 → 30000
        var blockchainNode = a.Component("blockchain_node", "Blockchain Node").Instances(30000);
        // 10,000,000 req/s × 1.2 headroom ÷ 1,000 per instance = 12000 → 12000
        var settlementLayer = a.Component("settlement_layer", "Settlement Layer").Instances(12000);

        deFiEngine.Calls(blockchainNode);
        deFiEngine.Writes(settlementLayer);
        oracleNetwork.Calls(blockchainNode);
        oracleNetwork.Writes(settlementLayer);
    }
}
