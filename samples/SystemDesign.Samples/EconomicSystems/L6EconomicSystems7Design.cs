// Drafted by `sysdesign solve l6-economic-systems-7` (src/SystemDesign.Solver); regenerate, do not hand-edit the counts.
namespace SystemDesign.Samples.EconomicSystems;

/// <summary>
/// Interplanetary Commerce Infrastructure (l6-economic-systems-7).
/// Goal: Design next-generation interplanetary commerce system achieving self-balancing economies for global-scale deployment
/// Topology: built from the problem's palette (the catalog has no reference solution). Cheapest passing counts found: $95,561,088/month.
/// </summary>
[Design("l6-economic-systems-7")]
public sealed class L6EconomicSystems7Design : IDesign
{
    public void Describe(ArchitectureBuilder a)
    {
        // 80,000,000 req/s × 1.2 headroom ÷ 150 per instance = 640000 → 640000
        var deFiEngine = a.Component("defi_engine", "DeFi Engine").Instances(640000);
        // 80,000,000 req/s × 1.2 headroom ÷ 150 per instance = 640000 → 640000
        var oracleNetwork = a.Component("oracle_network", "Oracle Network").Instances(640000);
        // 160,000,000 req/s × 1.2 headroom ÷ 4,000 per instance = 48000 → 48000
        var blockchainNode = a.Component("blockchain_node", "Blockchain Node").Instances(48000);
        // 16,000,000 req/s × 1.2 headroom ÷ 1,000 per instance = 19200 → 19200
        var settlementLayer = a.Component("settlement_layer", "Settlement Layer").Instances(19200);

        deFiEngine.Calls(blockchainNode);
        deFiEngine.Writes(settlementLayer);
        oracleNetwork.Calls(blockchainNode);
        oracleNetwork.Writes(settlementLayer);
    }
}
