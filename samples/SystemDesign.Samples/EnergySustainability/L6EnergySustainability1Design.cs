// Drafted by `sysdesign solve l6-energy-sustainability-1` (src/SystemDesign.Solver); regenerate, do not hand-edit the counts.
namespace SystemDesign.Samples.EnergySustainability;

/// <summary>
/// Carbon-Negative Computing Infrastructure (l6-energy-sustainability-1).
/// Goal: Design next-generation carbon-negative computing system achieving self-powered systems for global-scale deployment
/// Topology: built from the problem's palette (the catalog has no reference solution). Cheapest passing counts found: $64,590,400/month.
/// </summary>
[Design("l6-energy-sustainability-1")]
public sealed class L6EnergySustainability1Design : IDesign
{
    public void Describe(ArchitectureBuilder a)
    {
        // 100,000,000 req/s × 1.2 headroom ÷ 150 per instance = 800000 → 800000
        var powerOptimizer = a.Component("power_optimizer", "Power Optimizer").Instances(800000);
        // 100,000,000 req/s × 1.2 headroom ÷ 1,000 per instance = 120000 → 120000
        var carbonTracker = a.Component("carbon_tracker", "Carbon Tracker").Instances(120000);
        // one instance carries the load and no requirement asks for more → 1
        var renewableSource = a.Component("renewable_source", "Renewable Source").Instances(1);
        // one instance carries the load and no requirement asks for more → 1
        var coolingSystem = a.Component("cooling_system", "Cooling System").Instances(1);

        powerOptimizer.Calls(carbonTracker);
        powerOptimizer.ConnectsTo(renewableSource);
        powerOptimizer.ConnectsTo(coolingSystem);
    }
}
