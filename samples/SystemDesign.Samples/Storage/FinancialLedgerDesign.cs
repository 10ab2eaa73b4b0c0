// Drafted by `sysdesign solve financial-ledger` (src/SystemDesign.Solver); regenerate, do not hand-edit the counts.
namespace SystemDesign.Samples.Storage;

/// <summary>
/// Financial Ledger (Strict ACID) (financial-ledger).
/// Goal: Learn audit-grade transaction systems.
/// Topology: the catalog's reference solution. Cheapest passing counts found: $39,315/month.
/// </summary>
[Design("financial-ledger")]
public sealed class FinancialLedgerDesign : IDesign
{
    public void Describe(ArchitectureBuilder a)
    {
        // the workload's source: users outside the system, not sized or billed
        var financialApps = a.Component("redirect_client", "Financial Apps");
        // 50,000 req/s × 1.2 headroom ÷ 85,000 per instance = 1; every constraint at once needs 2 (N+1: 50,000 ÷ 85,000 req/s below 100%, plus one instance to lose) → 2
        var lB = a.Component("lb", "LB").Instances(2);
        // 50,000 req/s × 1.2 headroom ÷ 150 per instance = 400; every constraint at once needs 426 (the latency targets with one instance lost) → 426
        var ledgerService = a.Component("app", "Ledger Service").Instances(426);
        // 50,000 req/s × 1.2 headroom ÷ 10,000 per instance = 6; every constraint at once needs 7 (N+1: 50,000 ÷ 10,000 req/s below 100%, plus one instance to lose) → 7
        var eventLogKafka = a.Component("queue", "Event Log (Kafka)").Instances(7);
        // 33,333 req/s × 1.2 headroom ÷ 1,000 per instance = 40 → 40
        // 8 shards: 33,333 writes/s ÷ 8 = 4,167 writes/s for each replica instance to apply; at 7: SD2002 Read Replicas: 42,857.14 req/s offered, 9 × 5,000 = 45,000 req/s capacity (utilization 95.24%), less than the 20% headroom; no instance count carries it with...
        var postgreSQL = a.Component("db_primary", "PostgreSQL").Instances(40).Parameter("shards", 8);
        // 37,500 req/s × 1.2 headroom ÷ 5,000 per instance = 9 → 9
        var readReplicas = a.Component("db_replica", "Read Replicas").Instances(9);
        // 16,667 req/s × 1.2 headroom ÷ 1,000 per instance = 20 → 20
        var balanceProjector = a.Component("worker", "Balance Projector").Instances(20);
        // 16,667 req/s × 1.2 headroom ÷ 5,500 per instance = 4; every constraint at once needs 5 (N+1: 16,666.67 ÷ 5,500 req/s below 100%, plus one instance to lose) → 5
        var wORMStorage = a.Component("storage", "WORM Storage").Instances(5);

        financialApps.ConnectsTo(lB);
        lB.ConnectsTo(ledgerService);
        ledgerService.ConnectsTo(eventLogKafka);
        eventLogKafka.ConnectsTo(postgreSQL);
        postgreSQL.ConnectsTo(readReplicas);
        eventLogKafka.ConnectsTo(balanceProjector);
        balanceProjector.ConnectsTo(postgreSQL);
        eventLogKafka.ConnectsTo(wORMStorage);
    }
}
