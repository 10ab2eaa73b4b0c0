// Drafted by `sysdesign solve l6-energy-ocean-powered` (src/SystemDesign.Solver); regenerate, do not hand-edit the counts.
#pragma warning disable SD0020 // App Servers: type 'app' is not in the palette of l6-energy-ocean-powered (otec_generator, pressure_vessel, deep_water_intake, fiber_terminal, robot_maintenance).
namespace SystemDesign.Samples.EnergySustainability;

/// <summary>
/// Ocean Thermal Computing Platform (l6-energy-ocean-powered).
/// Goal: Build underwater data center powered by ocean thermal energy conversion
/// Topology: built from the problem's palette (the catalog has no reference solution). Cheapest passing counts found: $233,813/month.
/// </summary>
[Design("l6-energy-ocean-powered")]
public sealed class L6EnergyOceanPoweredDesign : IDesign
{
    public void Describe(ArchitectureBuilder a)
    {
        // at 1: SD4002 Fiber Terminal is a single point of failure: its load needs 1 of its 1 instance, so losing any one stops requests (99.95% available, registry fiber_terminal:... → 2
        var fiberTerminal = a.Component("fiber_terminal", "Fiber Terminal").Instances(2);
        // at 1: SD4002 App Servers is a single point of failure: its load needs 1 of its 1 instance, so losing any one stops requests (99.5% available, registry app: AWS EC2 SLA, i... → 2
        var appServers = a.Component("app", "App Servers").Instances(2);
        // one instance carries the load and no requirement asks for more → 1
        var oTECGenerator = a.Component("otec_generator", "OTEC Generator").Instances(1);
        // one instance carries the load and no requirement asks for more → 1
        var pressureVessel = a.Component("pressure_vessel", "Pressure Vessel").Instances(1);
        // one instance carries the load and no requirement asks for more → 1
        var deepWaterIntake = a.Component("deep_water_intake", "Deep Water Intake").Instances(1);
        // one instance carries the load and no requirement asks for more → 1
        var robotMaintenance = a.Component("robot_maintenance", "Robot Maintenance").Instances(1);

        fiberTerminal.ConnectsTo(appServers);
        appServers.ConnectsTo(oTECGenerator);
        appServers.ConnectsTo(pressureVessel);
        appServers.ConnectsTo(deepWaterIntake);
        appServers.ConnectsTo(robotMaintenance);
    }
}
