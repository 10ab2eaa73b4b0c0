// Drafted by `sysdesign solve exactly-once-payment` (src/SystemDesign.Solver); regenerate, do not hand-edit the counts.
#pragma warning disable SD7001 // Idempotency Cache gets no traffic: nothing connects it to a client. Connect it from the component that uses it (an edge such as Calls, Reads or Writes to Idempotency Cache) or remove it.
namespace SystemDesign.Samples.Streaming;

/// <summary>
/// Exactly-Once Payment Processing (exactly-once-payment).
/// Goal: Build payments with zero duplicates or losses.
/// Topology: the catalog's reference solution. Cheapest passing counts found: $42,795/month.
/// </summary>
[Design("exactly-once-payment")]
public sealed class ExactlyOncePaymentDesign : IDesign
{
    public void Describe(ArchitectureBuilder a)
    {
        // the workload's source: users outside the system, not sized or billed
        var paymentRequests = a.Component("redirect_client", "Payment Requests");
        // 50,000 req/s × 1.2 headroom ÷ 85,000 per instance = 1; every constraint at once needs 2 (N+1: 50,000 ÷ 85,000 req/s below 100%, plus one instance to lose) → 2
        var loadBalancer = a.Component("lb", "Load Balancer").Instances(2);
        // 50,000 req/s × 1.2 headroom ÷ 150 per instance = 400 → 400
        var paymentGateway = a.Component("app", "Payment Gateway").Instances(400);
        // one instance carries the load and no requirement asks for more → 1
        var idempotencyCache = a.Component("cache", "Idempotency Cache").Instances(1);
        // 50,000 req/s × 1.2 headroom ÷ 10,000 per instance = 6; every constraint at once needs 7 (N+1: 50,000 ÷ 10,000 req/s below 100%, plus one instance to lose) → 7
        var transactionLog = a.Component("stream", "Transaction Log").Instances(7).Parameter("partitions", 60);
        // 50,000 req/s × 1.2 headroom ÷ 1,000 per instance = 60; tier T2 needs ≥ 20 worker → 60
        var coordinators = a.Component("worker", "Coordinators").Instances(60);
        // 50,000 req/s × 1.2 headroom ÷ 1,000 per instance = 60 → 60
        var ledgerDB = a.Component("db_primary", "Ledger DB").Instances(60);
        // 50,000 req/s × 1.2 headroom ÷ 10,000 per instance = 6; every constraint at once needs 7 (N+1: 50,000 ÷ 10,000 req/s below 100%, plus one instance to lose) → 7
        var settlementQueue = a.Component("queue", "Settlement Queue").Instances(7);

        paymentRequests.ConnectsTo(loadBalancer);
        loadBalancer.ConnectsTo(paymentGateway);
        paymentGateway.ConnectsTo(idempotencyCache);
        paymentGateway.ConnectsTo(transactionLog);
        transactionLog.ConnectsTo(coordinators);
        coordinators.ConnectsTo(ledgerDB);
        coordinators.ConnectsTo(settlementQueue);
    }
}
