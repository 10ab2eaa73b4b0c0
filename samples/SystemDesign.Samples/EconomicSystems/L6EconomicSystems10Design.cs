// Drafted by `sysdesign solve l6-economic-systems-10` (src/SystemDesign.Solver); regenerate, do not hand-edit the counts.
namespace SystemDesign.Samples.EconomicSystems;

/// <summary>
/// Biological Assets Infrastructure (l6-economic-systems-10).
/// Goal: Design next-generation biological assets system achieving self-balancing economies for global-scale deployment
/// Topology: built from the problem's palette (the catalog has no reference solution). Cheapest passing counts found: $113,478,792/month.
/// </summary>
[Design("l6-economic-systems-10")]
public sealed class L6EconomicSystems10Design : IDesign
{
    public void Describe(ArchitectureBuilder a)
    {
        // 95,000,000 req/s × 1.2 headroom ÷ 150 per instance = 760000 → 760000
        var deFiEngine = a.Component("defi_engine", "DeFi Engine").Instances(760000);
        // 95,000,000 req/s × 1.2 headroom ÷ 150 per instance = 760000 → 760000
        var oracleNetwork = a.Component("oracle_network", "Oracle Network").Instances(760000);
        // 190,000,000 req/s × 1.2 headroom ÷ 4,000 per instance = 57000 → 57000
        var blockchainNode = a.Component("blockchain_node", "Blockchain Node").Instances(57000);
        // 19,000,000 req/s × 1.2 headroom ÷ 1,000 per instance = 22800 → 22800
        var settlementLayer = a.Component("settlement_layer", "Settlement Layer").Instances(22800);

        deFiEngine.Calls(blockchainNode);
        deFiEngine.Writes(settlementLayer);
        oracleNetwork.Calls(blockchainNode);
        oracleNetwork.Writes(settlementLayer);
    }
}
