// Drafted by `sysdesign solve zero-downtime-deploy-50-instances` (src/SystemDesign.Solver); regenerate, do not hand-edit the counts.
namespace SystemDesign.Samples.CaseStudies;

/// <summary>
/// Zero-Downtime Deploys of 50 Instances (zero-downtime-deploy-50-instances).
/// Goal: Deploy a 50-instance service with no failed requests.
/// Topology: the catalog's reference solution. Cheapest passing counts found: $4,147/month.
/// </summary>
[Design("zero-downtime-deploy-50-instances")]
public sealed class ZeroDowntimeDeploy50InstancesDesign : IDesign
{
    public void Describe(ArchitectureBuilder a)
    {
        // the workload's source: users outside the system, not sized or billed
        var users = a.Component("client", "Users");
        // tier T2 needs ≥ 2 lb → 2
        var loadBalancer = a.Component("lb", "Load Balancer").Instances(2);
        // tier T0 needs ≥ 50 app; tier T1 needs ≥ 55 app → 55
        var service = a.Component("app", "Service").Instances(55);
        // at 1: SD4002 Database is a single point of failure: its load needs 1 of its 1 instance, so losing any one stops requests (99.5% available, registry db_primary: AWS RDS SL... → 2
        var database = a.Component("db_primary", "Database").Instances(2);

        users.ConnectsTo(loadBalancer);
        loadBalancer.ConnectsTo(service);
        service.ConnectsTo(database);
    }
}
