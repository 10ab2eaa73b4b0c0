// Drafted by `sysdesign solve payment-transaction-log` (src/SystemDesign.Solver); regenerate, do not hand-edit the counts.
#pragma warning disable SD7001 // Transaction Cache gets no traffic: nothing connects it to a client. Connect it from the component that uses it (an edge such as Calls, Reads or Writes to Transaction Cache) or remove it.
namespace SystemDesign.Samples.Streaming;

/// <summary>
/// Payment Transaction Log (payment-transaction-log).
/// Goal: Build Visa-scale payment processing.
/// Topology: the catalog's reference solution. Cheapest passing counts found: $3,959,281/month (budget $200,000,000).
/// </summary>
[Design("payment-transaction-log")]
public sealed class PaymentTransactionLogDesign : IDesign
{
    public void Describe(ArchitectureBuilder a)
    {
        // the workload's source: users outside the system, not sized or billed
        var paymentRequests = a.Component("redirect_client", "Payment Requests");
        // 580,000 req/s × 1.2 headroom ÷ 150 per instance = 4640; every constraint at once needs 38667 (the peak: 10 × 580,000 ÷ 150 req/s, below 100%) → 38667
        var paymentGateway = a.Component("app", "Payment Gateway").Instances(38667);
        // 580,000 req/s × 1.2 headroom ÷ 10,000 per instance = 70; every constraint at once needs 581 (the peak: 10 × 580,000 ÷ 10,000 req/s, below 100%) → 581
        var transactionLog = a.Component("stream", "Transaction Log").Instances(581).Parameter("partitions", 5801);
        // 580,000 req/s × 1.2 headroom ÷ 1,000 per instance = 696; every constraint at once needs 5801 (the peak: 10 × 580,000 ÷ 1,000 req/s, below 100%) → 5801
        var fraudDetector = a.Component("worker", "Fraud Detector").Instances(5801);
        // 580,000 req/s × 1.2 headroom ÷ 1,000 per instance = 696; every constraint at once needs 5801 (the peak: 10 × 580,000 ÷ 1,000 req/s, below 100%) → 5801
        var ledgerDB = a.Component("db_primary", "Ledger DB").Instances(5801);
        // one instance carries the load and no requirement asks for more → 1
        var transactionCache = a.Component("cache", "Transaction Cache").Instances(1);

        paymentRequests.ConnectsTo(paymentGateway);
        paymentGateway.ConnectsTo(transactionLog);
        transactionLog.ConnectsTo(fraudDetector);
        transactionLog.ConnectsTo(ledgerDB);
        fraudDetector.ConnectsTo(transactionCache);
    }
}
