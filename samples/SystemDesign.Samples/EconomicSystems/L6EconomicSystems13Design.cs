// Drafted by `sysdesign solve l6-economic-systems-13` (src/SystemDesign.Solver); regenerate, do not hand-edit the counts.
namespace SystemDesign.Samples.EconomicSystems;

/// <summary>
/// Ai Governance Tokens Infrastructure (l6-economic-systems-13).
/// Goal: Design next-generation AI governance tokens system achieving self-balancing economies for global-scale deployment
/// Topology: built from the problem's palette (the catalog has no reference solution). Cheapest passing counts found: $131,396,496/month.
/// </summary>
[Design("l6-economic-systems-13")]
public sealed class L6EconomicSystems13Design : IDesign
{
    public void Describe(ArchitectureBuilder a)
    {
        // 110,000,000 req/s × 1.2 headroom ÷ 150 per instance = 880000 → 880000
        var deFiEngine = a.Component("defi_engine", "DeFi Engine").Instances(880000);
        // 110,000,000 req/s × 1.2 headroom ÷ 150 per instance = 880000 → 880000
        var oracleNetwork = a.Component("oracle_network", "Oracle Network").Instances(880000);
        // 220,000,000 req/s × 1.2 headroom ÷ 4,000 per instance = 66000 → 66000
        var blockchainNode = a.Component("blockchain_node", "Blockchain Node").Instances(66000);
        // 22,000,000 req/s × 1.2 headroom ÷ 1,000 per instance = 26400 → 26400
        var settlementLayer = a.Component("settlement_layer", "Settlement Layer").Instances(26400);

        deFiEngine.Calls(blockchainNode);
        deFiEngine.Writes(settlementLayer);
        oracleNetwork.Calls(blockchainNode);
        oracleNetwork.Writes(settlementLayer);
    }
}
