// Drafted by `sysdesign solve l6-economic-systems-17` (src/SystemDesign.Solver); regenerate, do not hand-edit the counts.
#pragma warning disable SD2002 // DeFi Engine: 130,000,000 req/s offered, 871,331 × 150 = 130,699,650 req/s capacity (utilization 99.46%), less than the 20% headroom; 1,040,000 instances give 156,000,000 req/s, the 20% headroom (1.2 × 130,000,000 = 156,000,000). (and 1 more)
namespace SystemDesign.Samples.EconomicSystems;

/// <summary>
/// Interplanetary Commerce Infrastructure (l6-economic-systems-17).
/// Goal: Design next-generation interplanetary commerce system achieving infinite liquidity for global-scale deployment
/// Topology: built from the problem's palette (the catalog has no reference solution). Cheapest passing counts found: $131,648,644/month.
/// </summary>
[Design("l6-economic-systems-17")]
public sealed class L6EconomicSystems17Design : IDesign
{
    public void Describe(ArchitectureBuilder a)
    {
        // 130,000,000 req/s × 1.2 headroom ÷ 150 per instance = 1040000 → 871331
        var deFiEngine = a.Component("defi_engine", "DeFi Engine").Instances(871331);
        // 130,000,000 req/s × 1.2 headroom ÷ 150 per instance = 1040000 → 871367
        var oracleNetwork = a.Component("oracle_network", "Oracle Network").Instances(871367);
        // 260,000,000 req/s × 1.2 headroom ÷ 4,000 per instance = 78000 → 78000
        var blockchainNode = a.Component("blockchain_node", "Blockchain Node").Instances(78000);
        // 26,000,000 req/s × 1.2 headroom ÷ 1,000 per instance = 31200 → 31200
        var settlementLayer = a.Component("settlement_layer", "Settlement Layer").Instances(31200);

        deFiEngine.Calls(blockchainNode);
        deFiEngine.Writes(settlementLayer);
        oracleNetwork.Calls(blockchainNode);
        oracleNetwork.Writes(settlementLayer);
    }
}
