// Drafted by `sysdesign solve l6-protocol-interplanetary` (src/SystemDesign.Solver); regenerate, do not hand-edit the counts.
#pragma warning disable SD0020 // App Servers: type 'app' is not in the palette of l6-protocol-interplanetary (dtn_node, bundle_router, custody_agent, convergence_layer, space_relay).
namespace SystemDesign.Samples.NextGenProtocols;

/// <summary>
/// Interplanetary Internet Architecture (l6-protocol-interplanetary).
/// Goal: Create delay-tolerant networking protocol for Earth-Mars-Moon communication
/// Topology: built from the problem's palette (the catalog has no reference solution). Cheapest passing counts found: $499/month.
/// </summary>
[Design("l6-protocol-interplanetary")]
public sealed class L6ProtocolInterplanetaryDesign : IDesign
{
    public void Describe(ArchitectureBuilder a)
    {
        // at 1: SD4002 Bundle Router is a single point of failure: its load needs 1 of its 1 instance, so losing any one stops requests (99.95% available, registry bundle_router: A... → 2
        var bundleRouter = a.Component("bundle_router", "Bundle Router").Instances(2);
        // at 1: SD4002 Convergence Layer is a single point of failure: its load needs 1 of its 1 instance, so losing any one stops requests (99.95% available, registry convergence_... → 2
        var convergenceLayer = a.Component("convergence_layer", "Convergence Layer").Instances(2);
        // at 1: SD4002 Space Relay is a single point of failure: its load needs 1 of its 1 instance, so losing any one stops requests (99.95% available, registry space_relay: AWS T... → 2
        var spaceRelay = a.Component("space_relay", "Space Relay").Instances(2);
        // at 1: SD4002 App Servers is a single point of failure: its load needs 1 of its 1 instance, so losing any one stops requests (99.5% available, registry app: AWS EC2 SLA, i... → 2
        var appServers = a.Component("app", "App Servers").Instances(2);
        // one instance carries the load and no requirement asks for more → 1
        var dTNNode = a.Component("dtn_node", "DTN Node").Instances(1);
        // one instance carries the load and no requirement asks for more → 1
        var custodyAgent = a.Component("custody_agent", "Custody Agent").Instances(1);

        bundleRouter.ConnectsTo(convergenceLayer);
        convergenceLayer.ConnectsTo(spaceRelay);
        spaceRelay.ConnectsTo(appServers);
        appServers.Publishes(dTNNode);
        appServers.Consumes(dTNNode);
        appServers.Publishes(custodyAgent);
        appServers.Consumes(custodyAgent);
    }
}
