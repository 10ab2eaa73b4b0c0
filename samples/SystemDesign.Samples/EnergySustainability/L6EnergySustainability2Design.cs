// Drafted by `sysdesign solve l6-energy-sustainability-2` (src/SystemDesign.Solver); regenerate, do not hand-edit the counts.
namespace SystemDesign.Samples.EnergySustainability;

/// <summary>
/// Fusion-Powered Datacenters Infrastructure (l6-energy-sustainability-2).
/// Goal: Design next-generation fusion-powered datacenters system achieving negative entropy computing for global-scale deployment
/// Topology: built from the problem's palette (the catalog has no reference solution). Cheapest passing counts found: $71,037,760/month.
/// </summary>
[Design("l6-energy-sustainability-2")]
public sealed class L6EnergySustainability2Design : IDesign
{
    public void Describe(ArchitectureBuilder a)
    {
        // 110,000,000 req/s × 1.2 headroom ÷ 150 per instance = 880000 → 880000
        var powerOptimizer = a.Component("power_optimizer", "Power Optimizer").Instances(880000);
        // 110,000,000 req/s × 1.2 headroom ÷ 1,000 per instance = 132000 → 132000
        var carbonTracker = a.Component("carbon_tracker", "Carbon Tracker").Instances(132000);
        // one instance carries the load and no requirement asks for more → 1
        var renewableSource = a.Component("renewable_source", "Renewable Source").Instances(1);
        // one instance carries the load and no requirement asks for more → 1
        var coolingSystem = a.Component("cooling_system", "Cooling System").Instances(1);

        powerOptimizer.Calls(carbonTracker);
        powerOptimizer.ConnectsTo(renewableSource);
        powerOptimizer.ConnectsTo(coolingSystem);
    }
}
