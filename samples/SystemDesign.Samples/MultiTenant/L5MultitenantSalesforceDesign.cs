// Drafted by `sysdesign solve l5-multitenant-salesforce` (src/SystemDesign.Solver); regenerate, do not hand-edit the counts.
namespace SystemDesign.Samples.MultiTenant;

/// <summary>
/// Salesforce Multi-Tenant CRM Platform (l5-multitenant-salesforce).
/// Goal: Build multi-tenant CRM platform supporting 100K enterprises with data isolation
/// Topology: built from the problem's palette (the catalog has no reference solution). Cheapest passing counts found: $677/month.
/// </summary>
[Design("l5-multitenant-salesforce")]
public sealed class L5MultitenantSalesforceDesign : IDesign
{
    public void Describe(ArchitectureBuilder a)
    {
        // at 1: SD4002 Tenant Router is a single point of failure: its load needs 1 of its 1 instance, so losing any one stops requests (99.99% available, registry tenant_router: A... → 2
        var tenantRouter = a.Component("tenant_router", "Tenant Router").Instances(2);
        // at 1: SD4002 Governor Limits is a single point of failure: its load needs 1 of its 1 instance, so losing any one stops requests (99.5% available, registry governor_limits... → 2
        var governorLimits = a.Component("governor_limits", "Governor Limits").Instances(2);
        // at 1: SD4002 Pod Architecture is a single point of failure: its load needs 1 of its 1 instance, so losing any one stops requests (99.5% available, registry pod_architectu... → 2
        var podArchitecture = a.Component("pod_architecture", "Pod Architecture").Instances(2);
        // at 1: SD4002 Query Optimizer is a single point of failure: its load needs 1 of its 1 instance, so losing any one stops requests (99.5% available, registry query_optimizer... → 2
        var queryOptimizer = a.Component("query_optimizer", "Query Optimizer").Instances(2);
        // at 1: SD4002 Metadata Service is a single point of failure: its load needs 1 of its 1 instance, so losing any one stops requests (99.5% available, registry metadata_servi... → 2
        var metadataService = a.Component("metadata_service", "Metadata Service").Instances(2);

        tenantRouter.ConnectsTo(governorLimits);
        governorLimits.ConnectsTo(podArchitecture);
        governorLimits.ConnectsTo(queryOptimizer);
        podArchitecture.Calls(metadataService);
        queryOptimizer.Calls(metadataService);
    }
}
