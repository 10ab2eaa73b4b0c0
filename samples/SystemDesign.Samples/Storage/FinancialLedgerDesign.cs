// Drafted by `sysdesign solve financial-ledger` (src/SystemDesign.Solver); regenerate, do not hand-edit the counts.
namespace SystemDesign.Samples.Storage;

/// <summary>
/// Financial Ledger (Strict ACID) (financial-ledger).
/// Goal: Learn audit-grade transaction systems.
/// Topology: the catalog's reference solution. Cheapest passing counts found: $38,146/month.
/// </summary>
[Design("financial-ledger")]
public sealed class FinancialLedgerDesign : IDesign
{
    public void Describe(ArchitectureBuilder a)
    {
        // the workload's source: users outside the system, not sized or billed
        var financialApps = a.Component("redirect_client", "Financial Apps");
        // 50,000 req/s × 1.2 headroom ÷ 85,000 per instance = 1; at 1: SD4002 LB is a single point of failure: its load needs 1 of its 1 instance, so losing any one stops requests (99.99% available, registry lb: AWS Elastic Load Balanc... → 2
        var lB = a.Component("lb", "LB").Instances(2);
        // 50,000 req/s × 1.2 headroom ÷ 150 per instance = 400; at 425: SD6004 Ledger Service: losing one of 425 Ledger Service (78.4% → 78.6% busy): P95 of writes from Financial Apps goes from 99.9 ms to 100.67 ms, over the 100 ms target → 426
        var ledgerService = a.Component("app", "Ledger Service").Instances(426);
        // 50,000 req/s × 1.2 headroom ÷ 10,000 per instance = 6; at 6: SD6004 Event Log (Kafka): losing one of 6 Event Log (Kafka) (83.3% → 100% busy): P95 of writes from Financial Apps goes from 99.4 ms to unbounded, over the 100 ms t... → 7
        var eventLogKafka = a.Component("queue", "Event Log (Kafka)").Instances(7);
        // 33,333 req/s × 1.2 headroom ÷ 1,000 per instance = 40 → 40
        var postgreSQL = a.Component("db_primary", "PostgreSQL").Instances(40);
        // 33,333 req/s × 1.2 headroom ÷ 5,000 per instance = 8 → 8
        var readReplicas = a.Component("db_replica", "Read Replicas").Instances(8);
        // 16,667 req/s × 1.2 headroom ÷ 1,000 per instance = 21 → 20
        var balanceProjector = a.Component("worker", "Balance Projector").Instances(20);
        // 16,667 req/s × 1.2 headroom ÷ 5,500 per instance = 4; at 4: SD6001 WORM Storage: losing one of 4 WORM Storage leaves 16,500 req/s for 16,666.67 req/s (101%); 5 instances survive the loss of one (N+1: 16,666.67 ÷ 5,500 rounde... → 5
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
