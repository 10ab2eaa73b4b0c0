// Drafted by `sysdesign solve payment-pool-exhaustion` (src/SystemDesign.Solver); regenerate, do not hand-edit the counts.
namespace SystemDesign.Samples.CaseStudies;

/// <summary>
/// Payment Service Connection Pool Exhaustion (payment-pool-exhaustion).
/// Goal: Bring P99 back under 200 ms and errors back to 0.01% at 50,000 transactions per minute.
/// Topology: the catalog's reference solution. Cheapest passing counts found: $1,455/month.
/// </summary>
[Design("payment-pool-exhaustion")]
public sealed class PaymentPoolExhaustionDesign : IDesign
{
    public void Describe(ArchitectureBuilder a)
    {
        // the workload's source: users outside the system, not sized or billed
        var payers = a.Component("client", "Payers");
        // 833 req/s × 1.2 headroom ÷ 85,000 per instance = 1; every constraint at once needs 2 (N+1: 833.33 ÷ 85,000 req/s below 100%, plus one instance to lose) → 2
        var loadBalancer = a.Component("lb", "Load Balancer").Instances(2);
        // 833 req/s × 1.2 headroom ÷ 150 per instance = 7; every constraint at once needs 8 (the 99.99% availability target) → 8
        var paymentsAPI = a.Component("app", "Payments API").Instances(8);
        // 417 req/s × 1.2 headroom ÷ 100,000 per instance = 1 → 1
        var fraudRulesCache = a.Component("cache", "Fraud Rules Cache").Instances(1);
        // 417 req/s × 1.2 headroom ÷ 1,000 per instance = 1; every constraint at once needs 2 (N+1: 416.67 ÷ 1,000 req/s below 100%, plus one instance to lose) → 2
        var paymentsDB = a.Component("db_primary", "Payments DB").Instances(2);
        // 83.33 req/s × 1.2 headroom ÷ 5,000 per instance = 1; every constraint at once needs 2 (N+1: 83.33 ÷ 5,000 req/s below 100%, plus one instance to lose); tier T1 needs ≥ 2 db_replica → 2
        var readReplicas = a.Component("db_replica", "Read Replicas").Instances(2);
        // 417 req/s × 1.2 headroom ÷ 10,000 per instance = 1; every constraint at once needs 2 (N+1: 416.67 ÷ 10,000 req/s below 100%, plus one instance to lose) → 2
        var confirmationQueue = a.Component("queue", "Confirmation Queue").Instances(2);
        // 417 req/s × 1.2 headroom ÷ 1,000 per instance = 1 → 1
        var confirmationWorker = a.Component("worker", "Confirmation Worker").Instances(1);

        payers.ConnectsTo(loadBalancer);
        loadBalancer.ConnectsTo(paymentsAPI);
        paymentsAPI.ConnectsTo(fraudRulesCache);
        paymentsAPI.ConnectsTo(paymentsDB);
        paymentsAPI.ConnectsTo(readReplicas);
        paymentsAPI.ConnectsTo(confirmationQueue);
        confirmationQueue.ConnectsTo(confirmationWorker);
        confirmationWorker.ConnectsTo(loadBalancer);
    }
}
