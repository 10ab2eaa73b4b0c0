// Drafted by `sysdesign solve l5-infra-kubernetes-platform` (src/SystemDesign.Solver); regenerate, do not hand-edit the counts.
#pragma warning disable SD0020 // App Servers: type 'app' is not in the palette of l5-infra-kubernetes-platform (control_plane, etcd_cluster, scheduler, kubelet, network_plugin, storage_driver).
namespace SystemDesign.Samples.Infrastructure;

/// <summary>
/// Google Kubernetes Engine Architecture (l5-infra-kubernetes-platform).
/// Goal: Build managed Kubernetes platform supporting 100K clusters across global regions
/// Topology: built from the problem's palette (the catalog has no reference solution). Cheapest passing counts found: $645/month.
/// </summary>
[Design("l5-infra-kubernetes-platform")]
public sealed class L5InfraKubernetesPlatformDesign : IDesign
{
    public void Describe(ArchitectureBuilder a)
    {
        // at 1: SD4002 Network Plugin is a single point of failure: its load needs 1 of its 1 instance, so losing any one stops requests (99.95% available, registry network_plugin:... → 2
        var networkPlugin = a.Component("network_plugin", "Network Plugin").Instances(2);
        // at 1: SD4002 App Servers is a single point of failure: its load needs 1 of its 1 instance, so losing any one stops requests (99.5% available, registry app: AWS EC2 SLA, i... → 2
        var appServers = a.Component("app", "App Servers").Instances(2);
        // at 1: SD4002 etcd Cluster is a single point of failure: its load needs 1 of its 1 instance, so losing any one stops requests (99.5% available, registry etcd_cluster: AWS ... → 2
        var etcdCluster = a.Component("etcd_cluster", "etcd Cluster").Instances(2);
        // one instance carries the load and no requirement asks for more → 1
        var controlPlane = a.Component("control_plane", "Control Plane").Instances(1);
        // one instance carries the load and no requirement asks for more → 1
        var scheduler = a.Component("scheduler", "Scheduler").Instances(1);
        // one instance carries the load and no requirement asks for more → 1
        var kubelet = a.Component("kubelet", "Kubelet").Instances(1);
        // one instance carries the load and no requirement asks for more → 1
        var storageDriver = a.Component("storage_driver", "Storage Driver").Instances(1);

        networkPlugin.ConnectsTo(appServers);
        appServers.Calls(etcdCluster);
        appServers.ConnectsTo(controlPlane);
        appServers.ConnectsTo(scheduler);
        appServers.ConnectsTo(kubelet);
        appServers.ConnectsTo(storageDriver);
    }
}
