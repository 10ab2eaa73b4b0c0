// Drafted by `sysdesign solve l6-economic-systems-16` (src/SystemDesign.Solver); regenerate, do not hand-edit the counts.
namespace SystemDesign.Samples.EconomicSystems;

/// <summary>
/// Post-Scarcity Economics Infrastructure (l6-economic-systems-16).
/// Goal: Design next-generation post-scarcity economics system achieving self-balancing economies for global-scale deployment
/// Topology: built from the problem's palette (the catalog has no reference solution). Cheapest passing counts found: $149,314,200/month.
/// </summary>
[Design("l6-economic-systems-16")]
public sealed class L6EconomicSystems16Design : IDesign
{
    public void Describe(ArchitectureBuilder a)
    {
        // 125,000,000 req/s × 1.2 headroom ÷ 150 per instance = 1000000 → 1000000
        var deFiEngine = a.Component("defi_engine", "DeFi Engine").Instances(1000000);
        // 125,000,000 req/s × 1.2 headroom ÷ 150 per instance = 1000000 → 1000000
        var oracleNetwork = a.Component("oracle_network", "Oracle Network").Instances(1000000);
        // 250,000,000 req/s × 1.2 headroom ÷ 4,000 per instance = 75000 → 75000
        var blockchainNode = a.Component("blockchain_node", "Blockchain Node").Instances(75000);
        // 25,000,000 req/s × 1.2 headroom ÷ 1,000 per instance = 30000 → 30000
        var settlementLayer = a.Component("settlement_layer", "Settlement Layer").Instances(30000);

        deFiEngine.Calls(blockchainNode);
        deFiEngine.Writes(settlementLayer);
        oracleNetwork.Calls(blockchainNode);
        oracleNetwork.Writes(settlementLayer);
    }
}
