// Drafted by `sysdesign solve l6-energy-carbon-negative` (src/SystemDesign.Solver); regenerate, do not hand-edit the counts.
namespace SystemDesign.Samples.EnergySustainability;

/// <summary>
/// Carbon-Negative Data Center (l6-energy-carbon-negative).
/// Goal: Create data center infrastructure that actively removes CO2 while computing
/// Topology: built from the problem's palette (the catalog has no reference solution). Cheapest passing counts found: $233,810/month.
/// </summary>
[Design("l6-energy-carbon-negative")]
public sealed class L6EnergyCarbonNegativeDesign : IDesign
{
    public void Describe(ArchitectureBuilder a)
    {
        // at 2: SD4001 The design serves 99.9975% of requests (13.14 min down a year), below the 99.999% target (5.26 min a year; NFR Availability: 99.999% uptime) → 3
        var efficiencyOptimizer = a.Component("efficiency_optimizer", "Efficiency Optimizer").Instances(3);
        // one instance carries the load and no requirement asks for more → 1
        var directAirCaptureSystem = a.Component("dac_system", "Direct Air Capture System").Instances(1);
        // one instance carries the load and no requirement asks for more → 1
        var heatExchanger = a.Component("heat_exchanger", "Heat Exchanger").Instances(1);
        // one instance carries the load and no requirement asks for more → 1
        var renewableSource = a.Component("renewable_source", "Renewable Source").Instances(1);
        // one instance carries the load and no requirement asks for more → 1
        var carbonStorage = a.Component("carbon_storage", "Carbon Storage").Instances(1);

        efficiencyOptimizer.ConnectsTo(directAirCaptureSystem);
        efficiencyOptimizer.ConnectsTo(heatExchanger);
        efficiencyOptimizer.ConnectsTo(renewableSource);
        efficiencyOptimizer.ConnectsTo(carbonStorage);
    }
}
