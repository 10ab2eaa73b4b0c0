// Drafted by `sysdesign solve fraud-detection-stream` (src/SystemDesign.Solver); regenerate, do not hand-edit the counts.
#pragma warning disable SD7001 // Feature Store gets no traffic: nothing connects it to a client. Connect it from the component that uses it (an edge such as Calls, Reads or Writes to Feature Store) or remove it.
namespace SystemDesign.Samples.Streaming;

/// <summary>
/// Fraud Detection Stream (fraud-detection-stream).
/// Goal: Build PayPal-scale real-time fraud detection.
/// Topology: the catalog's reference solution. Cheapest passing counts found: $68,255,491/month (budget $5,000,000).
/// Not applicable: the cost gate (infeasible target): The budget, $5,000,000 a month (constant budget_monthly: 5000000), is below the cheapest design the solver finds that carries the stated rate and peak (NFR Request Rate: 10M transactions/sec normal, 100M during Black Friday; peak constant spike_multiplier: 10): $82,550,426 a month at the registry...
/// </summary>
[Design("fraud-detection-stream")]
public sealed class FraudDetectionStreamDesign : IDesign
{
    public void Describe(ArchitectureBuilder a)
    {
        // the workload's source: users outside the system, not sized or billed
        var transactions = a.Component("redirect_client", "Transactions");
        // 10,000,000 req/s × 1.2 headroom ÷ 150 per instance = 80000; every constraint at once needs 666667 (the peak: 10 × 10,000,000 ÷ 150 req/s, below 100%) → 666667
        var transactionAPI = a.Component("app", "Transaction API").Instances(666667);
        // 10,000,000 req/s × 1.2 headroom ÷ 10,000 per instance = 1200; every constraint at once needs 10001 (the peak: 10 × 10,000,000 ÷ 10,000 req/s, below 100%) → 10001
        var transactionStream = a.Component("stream", "Transaction Stream").Instances(10001).Parameter("partitions", 100001);
        // one instance carries the load and no requirement asks for more → 1
        var featureStore = a.Component("cache", "Feature Store").Instances(1);
        // 10,000,000 req/s × 1.2 headroom ÷ 1,000 per instance = 12000; every constraint at once needs 100001 (the peak: 10 × 10,000,000 ÷ 1,000 req/s, below 100%) → 100001
        var fraudScorer = a.Component("worker", "Fraud Scorer").Instances(100001);
        // 10,000,000 req/s × 1.2 headroom ÷ 1,000 per instance = 12000; every constraint at once needs 100001 (the peak: 10 × 10,000,000 ÷ 1,000 req/s, below 100%) → 100001
        var fraudDB = a.Component("db_primary", "Fraud DB").Instances(100001);

        transactions.ConnectsTo(transactionAPI);
        transactionAPI.ConnectsTo(transactionStream);
        transactionStream.ConnectsTo(fraudScorer);
        fraudScorer.ConnectsTo(featureStore);
        fraudScorer.ConnectsTo(fraudDB);
    }
}
