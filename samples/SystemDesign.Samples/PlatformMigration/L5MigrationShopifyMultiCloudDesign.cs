// Drafted by `sysdesign solve l5-migration-shopify-multi-cloud` (src/SystemDesign.Solver); regenerate, do not hand-edit the counts.
namespace SystemDesign.Samples.PlatformMigration;

/// <summary>
/// Shopify Multi-Cloud Migration (l5-migration-shopify-multi-cloud).
/// Goal: Transform Shopify from AWS-only to multi-cloud architecture supporting 1M+ merchants
/// Topology: built from the problem's palette (the catalog has no reference solution). Cheapest passing counts found: $459/month.
/// </summary>
[Design("l5-migration-shopify-multi-cloud")]
public sealed class L5MigrationShopifyMultiCloudDesign : IDesign
{
    public void Describe(ArchitectureBuilder a)
    {
        // at 1: SD4002 Multi-Cloud Load Balancer is a single point of failure: its load needs 1 of its 1 instance, so losing any one stops requests (99.99% available, registry mult... → 2
        var multiCloudLoadBalancer = a.Component("multi_cloud_lb", "Multi-Cloud Load Balancer").Instances(2);
        // at 1: SD4002 Kubernetes is a single point of failure: its load needs 1 of its 1 instance, so losing any one stops requests (99.5% available, registry kubernetes: AWS EC2 ... → 2
        var kubernetes = a.Component("kubernetes", "Kubernetes").Instances(2);
        // at 1: SD4002 Data Sync is a single point of failure: its load needs 1 of its 1 instance, so losing any one stops requests (99.5% available, registry data_sync: AWS EC2 SL... → 2
        var dataSync = a.Component("data_sync", "Data Sync").Instances(2);
        // one instance carries the load and no requirement asks for more → 1
        var cloudBroker = a.Component("cloud_broker", "Cloud Broker").Instances(1);
        // one instance carries the load and no requirement asks for more → 1
        var costOptimizer = a.Component("cost_optimizer", "Cost Optimizer").Instances(1);

        multiCloudLoadBalancer.ConnectsTo(kubernetes);
        kubernetes.Calls(dataSync);
        kubernetes.ConnectsTo(cloudBroker);
        kubernetes.ConnectsTo(costOptimizer);
    }
}
