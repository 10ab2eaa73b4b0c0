// Drafted by `sysdesign solve l6-economic-systems-2` (src/SystemDesign.Solver); regenerate, do not hand-edit the counts.
namespace SystemDesign.Samples.EconomicSystems;

/// <summary>
/// Interplanetary Commerce Infrastructure (l6-economic-systems-2).
/// Goal: Design next-generation interplanetary commerce system achieving infinite liquidity for global-scale deployment
/// Topology: built from the problem's palette (the catalog has no reference solution). Cheapest passing counts found: $65,698,248/month.
/// </summary>
[Design("l6-economic-systems-2")]
public sealed class L6EconomicSystems2Design : IDesign
{
    public void Describe(ArchitectureBuilder a)
    {
        // 55,000,000 req/s × 1.2 headroom ÷ 150 per instance = 440000 → 440000
        var deFiEngine = a.Component("defi_engine", "DeFi Engine").Instances(440000);
        // 55,000,000 req/s × 1.2 headroom ÷ 150 per instance = 440000 → 440000
        var oracleNetwork = a.Component("oracle_network", "Oracle Network").Instances(440000);
        // 110,000,000 req/s × 1.2 headroom ÷ 4,000 per instance = 33000 → 33000
        var blockchainNode = a.Component("blockchain_node", "Blockchain Node").Instances(33000);
        // 11,000,000 req/s × 1.2 headroom ÷ 1,000 per instance = 13200 → 13200
        var settlementLayer = a.Component("settlement_layer", "Settlement Layer").Instances(13200);

        deFiEngine.Calls(blockchainNode);
        deFiEngine.Writes(settlementLayer);
        oracleNetwork.Calls(blockchainNode);
        oracleNetwork.Writes(settlementLayer);
    }
}
