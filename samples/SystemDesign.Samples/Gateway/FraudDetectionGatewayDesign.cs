// Drafted by `sysdesign solve fraud-detection-gateway` (src/SystemDesign.Solver); regenerate, do not hand-edit the counts.
#pragma warning disable SD7001 // Feature Cache gets no traffic: nothing connects it to a client. Connect it from the component that uses it (an edge such as Calls, Reads or Writes to Feature Cache) or remove it.
namespace SystemDesign.Samples.Gateway;

/// <summary>
/// Real-time Fraud Detection Gateway (fraud-detection-gateway).
/// Goal: Detect fraud with sub-5ms latency.
/// Topology: the catalog's reference solution. Cheapest passing counts found: $424,492/month.
/// </summary>
[Design("fraud-detection-gateway")]
public sealed class FraudDetectionGatewayDesign : IDesign
{
    public void Describe(ArchitectureBuilder a)
    {
        // the workload's source: users outside the system, not sized or billed
        var transactions = a.Component("redirect_client", "Transactions");
        // 500,000 req/s × 1.2 headroom ÷ 85,000 per instance = 8 → 8
        var loadBalancer = a.Component("lb", "Load Balancer").Instances(8);
        // 500,000 req/s × 1.2 headroom ÷ 150 per instance = 4000; tier T3 needs ≥ 100 app → 4000
        var fraudGateway = a.Component("app", "Fraud Gateway").Instances(4000);
        // one instance carries the load and no requirement asks for more → 1
        var featureCache = a.Component("cache", "Feature Cache").Instances(1);
        // 500,000 req/s × 1.2 headroom ÷ 1,000 per instance = 600 → 600
        var scoringWorkers = a.Component("worker", "Scoring Workers").Instances(600);
        // 500,000 req/s × 1.2 headroom ÷ 10,000 per instance = 60 → 60
        var fraudStream = a.Component("stream", "Fraud Stream").Instances(60).Parameter("partitions", 600);
        // 500,000 req/s × 1.2 headroom ÷ 10,000 per instance = 60 → 60
        var reviewQueue = a.Component("queue", "Review Queue").Instances(60);
        // 500,000 req/s × 1.2 headroom ÷ 1,000 per instance = 600 → 600
        var fraudPatterns = a.Component("db_primary", "Fraud Patterns").Instances(600);

        transactions.ConnectsTo(loadBalancer);
        loadBalancer.ConnectsTo(fraudGateway);
        fraudGateway.ConnectsTo(featureCache);
        fraudGateway.ConnectsTo(scoringWorkers);
        fraudGateway.ConnectsTo(fraudStream);
        scoringWorkers.ConnectsTo(reviewQueue);
        fraudStream.ConnectsTo(fraudPatterns);
    }
}
