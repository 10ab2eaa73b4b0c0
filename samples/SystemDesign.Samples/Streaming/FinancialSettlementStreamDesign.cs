// Drafted by `sysdesign solve financial-settlement-stream` (src/SystemDesign.Solver); regenerate, do not hand-edit the counts.
namespace SystemDesign.Samples.Streaming;

/// <summary>
/// Financial Settlement Stream (financial-settlement-stream).
/// Goal: Build bank-grade settlement system.
/// Topology: the catalog's reference solution. Cheapest passing counts found: $46,886/month.
/// </summary>
[Design("financial-settlement-stream")]
public sealed class FinancialSettlementStreamDesign : IDesign
{
    public void Describe(ArchitectureBuilder a)
    {
        // the workload's source: users outside the system, not sized or billed
        var banksPSPs = a.Component("redirect_client", "Banks/PSPs");
        // 50,000 req/s × 1.2 headroom ÷ 85,000 per instance = 1; every constraint at once needs 2 (N+1: 50,000 ÷ 85,000 req/s below 100%, plus one instance to lose) → 2
        var gatewayLB = a.Component("lb", "Gateway LB").Instances(2);
        // 50,000 req/s × 1.2 headroom ÷ 150 per instance = 400 → 400
        var settlementAPI = a.Component("app", "Settlement API").Instances(400);
        // 50,000 req/s × 1.2 headroom ÷ 1,000 per instance = 60 → 60
        var validators = a.Component("worker", "Validators").Instances(60);
        // 50,000 req/s × 1.2 headroom ÷ 10,000 per instance = 6; every constraint at once needs 7 (N+1: 50,000 ÷ 10,000 req/s below 100%, plus one instance to lose) → 7
        var settlementStream = a.Component("stream", "Settlement Stream").Instances(7).Parameter("partitions", 60);
        // 50,000 req/s × 1.2 headroom ÷ 1,000 per instance = 60 → 60
        var ledgerDB = a.Component("db_primary", "Ledger DB").Instances(60);
        // 50,000 req/s × 1.2 headroom ÷ 1,000 per instance = 60 → 60
        var processors = a.Component("worker", "Processors").Instances(60);
        // 50,000 req/s × 1.2 headroom ÷ 10,000 per instance = 6; every constraint at once needs 7 (N+1: 50,000 ÷ 10,000 req/s below 100%, plus one instance to lose) → 7
        var reconciliation = a.Component("queue", "Reconciliation").Instances(7);

        banksPSPs.ConnectsTo(gatewayLB);
        gatewayLB.ConnectsTo(settlementAPI);
        settlementAPI.ConnectsTo(validators);
        validators.ConnectsTo(settlementStream);
        settlementStream.ConnectsTo(processors);
        processors.ConnectsTo(ledgerDB);
        processors.ConnectsTo(reconciliation);
    }
}
