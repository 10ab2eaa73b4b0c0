// Drafted by `sysdesign solve l6-energy-sustainability-5` (src/SystemDesign.Solver); regenerate, do not hand-edit the counts.
#pragma warning disable SD2002 // Power Optimizer: 140,000,000 req/s offered, 938,354 × 150 = 140,753,100 req/s capacity (utilization 99.46%), less than the 20% headroom; 1,120,000 instances give 168,000,000 req/s, the 20% headroom (1.2 × 140,000,000 = 168,000,000).
namespace SystemDesign.Samples.EnergySustainability;

/// <summary>
/// Atmospheric Computing Infrastructure (l6-energy-sustainability-5).
/// Goal: Design next-generation atmospheric computing system achieving negative entropy computing for global-scale deployment
/// Topology: built from the problem's palette (the catalog has no reference solution). Cheapest passing counts found: $77,650,088/month.
/// </summary>
[Design("l6-energy-sustainability-5")]
public sealed class L6EnergySustainability5Design : IDesign
{
    public void Describe(ArchitectureBuilder a)
    {
        // 140,000,000 req/s × 1.2 headroom ÷ 150 per instance = 1120000 → 938354
        var powerOptimizer = a.Component("power_optimizer", "Power Optimizer").Instances(938354);
        // 140,000,000 req/s × 1.2 headroom ÷ 1,000 per instance = 168000 → 168000
        var carbonTracker = a.Component("carbon_tracker", "Carbon Tracker").Instances(168000);
        // one instance carries the load and no requirement asks for more → 1
        var renewableSource = a.Component("renewable_source", "Renewable Source").Instances(1);
        // one instance carries the load and no requirement asks for more → 1
        var coolingSystem = a.Component("cooling_system", "Cooling System").Instances(1);

        powerOptimizer.Calls(carbonTracker);
        powerOptimizer.ConnectsTo(renewableSource);
        powerOptimizer.ConnectsTo(coolingSystem);
    }
}
