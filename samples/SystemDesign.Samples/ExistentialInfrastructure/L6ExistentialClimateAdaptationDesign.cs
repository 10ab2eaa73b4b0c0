// Drafted by `sysdesign solve l6-existential-climate-adaptation` (src/SystemDesign.Solver); regenerate, do not hand-edit the counts.
namespace SystemDesign.Samples.ExistentialInfrastructure;

/// <summary>
/// Climate Collapse Computing (l6-existential-climate-adaptation).
/// Goal: Design computing infrastructure for catastrophic climate change scenarios
/// Topology: built from the problem's palette (the catalog has no reference solution). Cheapest passing counts found: $59,276/month.
/// </summary>
[Design("l6-existential-climate-adaptation")]
public sealed class L6ExistentialClimateAdaptationDesign : IDesign
{
    public void Describe(ArchitectureBuilder a)
    {
        // at 1: SD4002 Floating Datacenter is a single point of failure: its load needs 1 of its 1 instance, so losing any one stops requests (99.5% available, registry floating_da... → 2
        var floatingDatacenter = a.Component("floating_datacenter", "Floating Datacenter").Instances(2);
        // at 1: SD4002 Disaster Coordinator is a single point of failure: its load needs 1 of its 1 instance, so losing any one stops requests (99.5% available, registry disaster_c... → 2
        var disasterCoordinator = a.Component("disaster_coordinator", "Disaster Coordinator").Instances(2);
        // at 1: SD4002 Resource Optimizer is a single point of failure: its load needs 1 of its 1 instance, so losing any one stops requests (99.5% available, registry resource_opt... → 2
        var resourceOptimizer = a.Component("resource_optimizer", "Resource Optimizer").Instances(2);
        // at 1: SD4002 Refugee Tracker is a single point of failure: its load needs 1 of its 1 instance, so losing any one stops requests (99.5% available, registry refugee_tracker... → 2
        var refugeeTracker = a.Component("refugee_tracker", "Refugee Tracker").Instances(2);
        // one instance carries the load and no requirement asks for more → 1
        var thermalManagement = a.Component("thermal_management", "Thermal Management").Instances(1);

        floatingDatacenter.Calls(resourceOptimizer);
        disasterCoordinator.Calls(resourceOptimizer);
        floatingDatacenter.Calls(refugeeTracker);
        disasterCoordinator.Calls(refugeeTracker);
        resourceOptimizer.Calls(refugeeTracker);
        floatingDatacenter.ConnectsTo(thermalManagement);
    }
}
