// Drafted by `sysdesign solve duplicate-payment-prevention` (src/SystemDesign.Solver); regenerate, do not hand-edit the counts.
namespace SystemDesign.Samples.CaseStudies;

/// <summary>
/// Duplicate Payment Prevention (duplicate-payment-prevention).
/// Goal: Charge once per payment however often the client or the service retries, over a 7-day retry window.
/// Topology: the catalog's reference solution. Cheapest passing counts found: $807/month.
/// </summary>
[Design("duplicate-payment-prevention")]
public sealed class DuplicatePaymentPreventionDesign : IDesign
{
    public void Describe(ArchitectureBuilder a)
    {
        // the workload's source: users outside the system, not sized or billed
        var payers = a.Component("client", "Payers");
        // at 1: SD4002 Load Balancer is a single point of failure: its load needs 1 of its 1 instance, so losing any one stops requests (99.99% available, registry lb: AWS Elastic ... → 2
        var loadBalancer = a.Component("lb", "Load Balancer").Instances(2);
        // at 1: SD4002 Payments API is a single point of failure: its load needs 1 of its 1 instance, so losing any one stops requests (99.5% available, registry app: AWS EC2 SLA, ... → 2
        var paymentsAPI = a.Component("app", "Payments API").Instances(2);
        // one instance carries the load and no requirement asks for more → 1
        var idempotencyKeys = a.Component("cache", "Idempotency Keys").Instances(1).Parameter("ttl_seconds", 604800);
        // at 1: SD4002 Payments DB is a single point of failure: its load needs 1 of its 1 instance, so losing any one stops requests (99.5% available, registry db_primary: AWS RDS... → 2
        var paymentsDB = a.Component("db_primary", "Payments DB").Instances(2);
        // at 1: SD4002 Read Replica is a single point of failure: its load needs 1 of its 1 instance, so losing any one stops requests (99.5% available, registry db_replica: AWS RD... → 2
        var readReplica = a.Component("db_replica", "Read Replica").Instances(2);

        payers.ConnectsTo(loadBalancer);
        loadBalancer.ConnectsTo(paymentsAPI);
        paymentsAPI.ConnectsTo(idempotencyKeys);
        paymentsAPI.ConnectsTo(paymentsDB);
        paymentsAPI.ConnectsTo(readReplica);
        paymentsDB.ConnectsTo(readReplica);
    }
}
