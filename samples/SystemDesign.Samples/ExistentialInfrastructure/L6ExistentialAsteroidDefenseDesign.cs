// Drafted by `sysdesign solve l6-existential-asteroid-defense` (src/SystemDesign.Solver); regenerate, do not hand-edit the counts.
namespace SystemDesign.Samples.ExistentialInfrastructure;

/// <summary>
/// Asteroid Defense Coordination (l6-existential-asteroid-defense).
/// Goal: Design system coordinating global asteroid deflection mission
/// Topology: built from the problem's palette (the catalog has no reference solution). Cheapest passing counts found: $561/month.
/// </summary>
[Design("l6-existential-asteroid-defense")]
public sealed class L6ExistentialAsteroidDefenseDesign : IDesign
{
    public void Describe(ArchitectureBuilder a)
    {
        // the workload's source: users outside the system, not sized or billed
        var telescopeNetwork = a.Component("telescope_network", "Telescope Network");
        // at 1: SD4002 Global Coordinator is a single point of failure: its load needs 1 of its 1 instance, so losing any one stops requests (99.5% available, registry global_coord... → 2
        var globalCoordinator = a.Component("global_coordinator", "Global Coordinator").Instances(2);
        // at 1: SD4002 Trajectory Calculator is a single point of failure: its load needs 1 of its 1 instance, so losing any one stops requests (99.5% available, registry trajector... → 2
        var trajectoryCalculator = a.Component("trajectory_calculator", "Trajectory Calculator").Instances(2);
        // at 1: SD4002 Mission Planner is a single point of failure: its load needs 1 of its 1 instance, so losing any one stops requests (99.5% available, registry mission_planner... → 2
        var missionPlanner = a.Component("mission_planner", "Mission Planner").Instances(2);
        // at 1: SD4002 Impact Simulator is a single point of failure: its load needs 1 of its 1 instance, so losing any one stops requests (99.5% available, registry impact_simulat... → 2
        var impactSimulator = a.Component("impact_simulator", "Impact Simulator").Instances(2);

        telescopeNetwork.ConnectsTo(globalCoordinator);
        globalCoordinator.Calls(trajectoryCalculator);
        globalCoordinator.Calls(missionPlanner);
        globalCoordinator.Calls(impactSimulator);
    }
}
