// Drafted by `sysdesign solve l6-economic-systems-12` (src/SystemDesign.Solver); regenerate, do not hand-edit the counts.
namespace SystemDesign.Samples.EconomicSystems;

/// <summary>
/// Interplanetary Commerce Infrastructure (l6-economic-systems-12).
/// Goal: Design next-generation interplanetary commerce system achieving predictive markets for global-scale deployment
/// Topology: built from the problem's palette (the catalog has no reference solution). Cheapest passing counts found: $125,423,928/month.
/// </summary>
[Design("l6-economic-systems-12")]
public sealed class L6EconomicSystems12Design : IDesign
{
    public void Describe(ArchitectureBuilder a)
    {
        // 105,000,000 req/s × 1.2 headroom ÷ 150 per instance = 840000 → 840000
        var deFiEngine = a.Component("defi_engine", "DeFi Engine").Instances(840000);
        // 105,000,000 req/s × 1.2 headroom ÷ 150 per instance = 840000 → 840000
        var oracleNetwork = a.Component("oracle_network", "Oracle Network").Instances(840000);
        // 210,000,000 req/s × 1.2 headroom ÷ 4,000 per instance = 63000 → 63000
        var blockchainNode = a.Component("blockchain_node", "Blockchain Node").Instances(63000);
        // 21,000,000 req/s × 1.2 headroom ÷ 1,000 per instance = 25200 → 25200
        var settlementLayer = a.Component("settlement_layer", "Settlement Layer").Instances(25200);

        deFiEngine.Calls(blockchainNode);
        deFiEngine.Writes(settlementLayer);
        oracleNetwork.Calls(blockchainNode);
        oracleNetwork.Writes(settlementLayer);
    }
}
