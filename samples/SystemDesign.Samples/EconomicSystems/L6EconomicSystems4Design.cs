// Drafted by `sysdesign solve l6-economic-systems-4` (src/SystemDesign.Solver); regenerate, do not hand-edit the counts.
namespace SystemDesign.Samples.EconomicSystems;

/// <summary>
/// Quantum Finance Infrastructure (l6-economic-systems-4).
/// Goal: Design next-generation quantum finance system achieving self-balancing economies for global-scale deployment
/// Topology: built from the problem's palette (the catalog has no reference solution). Cheapest passing counts found: $77,643,384/month.
/// </summary>
[Design("l6-economic-systems-4")]
public sealed class L6EconomicSystems4Design : IDesign
{
    public void Describe(ArchitectureBuilder a)
    {
        // 65,000,000 req/s × 1.2 headroom ÷ 150 per instance = 520000 → 520000
        var deFiEngine = a.Component("defi_engine", "DeFi Engine").Instances(520000);
        // 65,000,000 req/s × 1.2 headroom ÷ 150 per instance = 520000 → 520000
        var oracleNetwork = a.Component("oracle_network", "Oracle Network").Instances(520000);
        // 130,000,000 req/s × 1.2 headroom ÷ 4,000 per instance = 39000 → 39000
        var blockchainNode = a.Component("blockchain_node", "Blockchain Node").Instances(39000);
        // 13,000,000 req/s × 1.2 headroom ÷ 1,000 per instance = 15600 → 15600
        var settlementLayer = a.Component("settlement_layer", "Settlement Layer").Instances(15600);

        deFiEngine.Calls(blockchainNode);
        deFiEngine.Writes(settlementLayer);
        oracleNetwork.Calls(blockchainNode);
        oracleNetwork.Writes(settlementLayer);
    }
}
