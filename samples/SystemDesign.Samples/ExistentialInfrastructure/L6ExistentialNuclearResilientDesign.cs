// Drafted by `sysdesign solve l6-existential-nuclear-resilient` (src/SystemDesign.Solver); regenerate, do not hand-edit the counts.
namespace SystemDesign.Samples.ExistentialInfrastructure;

/// <summary>
/// Nuclear War Survival System (l6-existential-nuclear-resilient).
/// Goal: Design communication system operational after global nuclear exchange
/// Topology: built from the problem's palette (the catalog has no reference solution). Cheapest passing counts found: $58,800/month.
/// </summary>
[Design("l6-existential-nuclear-resilient")]
public sealed class L6ExistentialNuclearResilientDesign : IDesign
{
    public void Describe(ArchitectureBuilder a)
    {
        // at 1: SD4002 Mesh Radio is a single point of failure: its load needs 1 of its 1 instance, so losing any one stops requests (99.95% available, registry mesh_radio: AWS Tra... → 2
        var meshRadio = a.Component("mesh_radio", "Mesh Radio").Instances(2);
        // at 1: SD4002 Satellite Backup is a single point of failure: its load needs 1 of its 1 instance, so losing any one stops requests (99.95% available, registry satellite_bac... → 2
        var satelliteBackup = a.Component("satellite_backup", "Satellite Backup").Instances(2);
        // at 1: SD4002 Hardened Node is a single point of failure: its load needs 1 of its 1 instance, so losing any one stops requests (99.5% available, registry hardened_node: AW... → 2
        var hardenedNode = a.Component("hardened_node", "Hardened Node").Instances(2);
        // one instance carries the load and no requirement asks for more → 1
        var bunkerCache = a.Component("bunker_cache", "Bunker Cache").Instances(1);
        // one instance carries the load and no requirement asks for more → 1
        var solarPower = a.Component("solar_power", "Solar Power").Instances(1);

        meshRadio.ConnectsTo(satelliteBackup);
        satelliteBackup.ConnectsTo(hardenedNode);
        hardenedNode.Reads(bunkerCache);
        hardenedNode.ConnectsTo(solarPower);
    }
}
