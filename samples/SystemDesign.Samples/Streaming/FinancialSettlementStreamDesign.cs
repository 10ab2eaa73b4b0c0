// Drafted by `sysdesign solve financial-settlement-stream` (src/SystemDesign.Solver); regenerate, do not hand-edit the counts.
namespace SystemDesign.Samples.Streaming;

/// <summary>
/// Financial Settlement Stream (financial-settlement-stream).
/// Goal: Build bank-grade settlement system.
/// Topology: the catalog's reference solution. Cheapest passing counts found: $33,858/month.
/// </summary>
[Design("financial-settlement-stream")]
public sealed class FinancialSettlementStreamDesign : IDesign
{
    public void Describe(ArchitectureBuilder a)
    {
        // the workload's source: users outside the system, not sized or billed
        var banksPSPs = a.Component("redirect_client", "Banks/PSPs");
        // 50,000 req/s × 1.2 headroom ÷ 85,000 per instance = 1; at 1: SD4002 Gateway LB is a single point of failure: its load needs 1 of its 1 instance, so losing any one stops requests (99.99% available, registry lb: AWS Elastic Loa... → 2
        var gatewayLB = a.Component("lb", "Gateway LB").Instances(2);
        // 50,000 req/s × 1.2 headroom ÷ 150 per instance = 400 → 400
        var settlementAPI = a.Component("app", "Settlement API").Instances(400);
        // 50,000 req/s × 1.2 headroom ÷ 1,000 per instance = 60 → 60
        var validators = a.Component("worker", "Validators").Instances(60);
        // 5,000 req/s × 1.2 headroom ÷ 10,000 per instance = 1; at 1: SD4002 Settlement Stream is a single point of failure: its load needs 1 of its 1 instance, so losing any one stops requests (99.5% available, registry stream: AWS E... → 2
        var settlementStream = a.Component("stream", "Settlement Stream").Instances(2).Parameter("partitions", 8);
        // 5,000 req/s × 1.2 headroom ÷ 1,000 per instance = 6 → 6
        var ledgerDB = a.Component("db_primary", "Ledger DB").Instances(6);
        // 5,000 req/s × 1.2 headroom ÷ 1,000 per instance = 6 → 6
        var processors = a.Component("worker", "Processors").Instances(6);
        // 5,000 req/s × 1.2 headroom ÷ 10,000 per instance = 1 → 1
        var reconciliation = a.Component("queue", "Reconciliation").Instances(1);

        banksPSPs.ConnectsTo(gatewayLB);
        gatewayLB.ConnectsTo(settlementAPI);
        settlementAPI.ConnectsTo(validators);
        validators.ConnectsTo(settlementStream);
        settlementStream.ConnectsTo(processors);
        processors.ConnectsTo(ledgerDB);
        processors.ConnectsTo(reconciliation);
    }
}
