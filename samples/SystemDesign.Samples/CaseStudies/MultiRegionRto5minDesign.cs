// Drafted by `sysdesign solve multi-region-rto-5min` (src/SystemDesign.Solver); regenerate, do not hand-edit the counts.
namespace SystemDesign.Samples.CaseStudies;

/// <summary>
/// Multi-Region Deployment: RTO &lt; 5 min, RPO &lt; 1 min (multi-region-rto-5min).
/// Goal: Fail over between regions within 5 minutes losing at most 1 minute of data.
/// Topology: the catalog's reference solution. Cheapest passing counts found: $807/month.
/// </summary>
[Design("multi-region-rto-5min")]
public sealed class MultiRegionRto5minDesign : IDesign
{
    public void Describe(ArchitectureBuilder a)
    {
        // the workload's source: users outside the system, not sized or billed
        var users = a.Component("client", "Users");
        // at 1: SD4002 GeoDNS is a single point of failure: its load needs 1 of its 1 instance, so losing any one stops requests (99.9% available, registry cdn: AWS CloudFront SLA:... → 2
        var geoDNS = a.Component("cdn", "GeoDNS").Instances(2);
        // at 1: SD4002 Regional LB is a single point of failure: its load needs 1 of its 1 instance, so losing any one stops requests (99.99% available, registry lb: AWS Elastic Lo... → 2
        var regionalLB = a.Component("lb", "Regional LB").Instances(2);
        // at 1: SD4002 Regional App is a single point of failure: its load needs 1 of its 1 instance, so losing any one stops requests (99.5% available, registry app: AWS EC2 SLA, ... → 2
        var regionalApp = a.Component("app", "Regional App").Instances(2);
        // one instance carries the load and no requirement asks for more → 1
        var regionalCache = a.Component("cache", "Regional Cache").Instances(1);
        // at 1: SD4002 Primary Region DB is a single point of failure: its load needs 1 of its 1 instance, so losing any one stops requests (99.5% available, registry db_primary: A... → 2
        var primaryRegionDB = a.Component("db_primary", "Primary Region DB").Instances(2).Parameter("failover_seconds", 300);
        // tier T1 needs ≥ 2 db_replica → 2
        var regionalReplicas = a.Component("db_replica", "Regional Replicas").Instances(2);

        users.ConnectsTo(geoDNS);
        geoDNS.ConnectsTo(regionalLB);
        regionalLB.ConnectsTo(regionalApp);
        regionalApp.ConnectsTo(regionalCache);
        regionalApp.ConnectsTo(regionalReplicas);
        regionalApp.ConnectsTo(primaryRegionDB);
        primaryRegionDB.ConnectsTo(regionalReplicas);
    }
}
