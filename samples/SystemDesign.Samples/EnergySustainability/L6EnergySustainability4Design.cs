// Drafted by `sysdesign solve l6-energy-sustainability-4` (src/SystemDesign.Solver); regenerate, do not hand-edit the counts.
#pragma warning disable SD2002 // Power Optimizer: 130,000,000 req/s offered, 871,340 × 150 = 130,701,000 req/s capacity (utilization 99.46%), less than the 20% headroom; 1,040,000 instances give 156,000,000 req/s, the 20% headroom (1.2 × 130,000,000 = 156,000,000).
namespace SystemDesign.Samples.EnergySustainability;

/// <summary>
/// Oceanic Cooling Infrastructure (l6-energy-sustainability-4).
/// Goal: Design next-generation oceanic cooling system achieving self-powered systems for global-scale deployment
/// Topology: built from the problem's palette (the catalog has no reference solution). Cheapest passing counts found: $72,112,787/month.
/// </summary>
[Design("l6-energy-sustainability-4")]
public sealed class L6EnergySustainability4Design : IDesign
{
    public void Describe(ArchitectureBuilder a)
    {
        // 130,000,000 req/s × 1.2 headroom ÷ 150 per instance = 1040000 → 871340
        var powerOptimizer = a.Component("power_optimizer", "Power Optimizer").Instances(871340);
        // 130,000,000 req/s × 1.2 headroom ÷ 1,000 per instance = 156000 → 156000
        var carbonTracker = a.Component("carbon_tracker", "Carbon Tracker").Instances(156000);
        // one instance carries the load and no requirement asks for more → 1
        var renewableSource = a.Component("renewable_source", "Renewable Source").Instances(1);
        // one instance carries the load and no requirement asks for more → 1
        var coolingSystem = a.Component("cooling_system", "Cooling System").Instances(1);

        powerOptimizer.Calls(carbonTracker);
        powerOptimizer.ConnectsTo(renewableSource);
        powerOptimizer.ConnectsTo(coolingSystem);
    }
}
