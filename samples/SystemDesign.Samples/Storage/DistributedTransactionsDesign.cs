// Drafted by `sysdesign solve distributed-transactions` (src/SystemDesign.Solver); regenerate, do not hand-edit the counts.
#pragma warning disable SD6004 // At the peak (10 × the target rate) P99 of reads from Applications goes from 67.11 ms to unbounded, over the 100 ms target; P99 of writes from Applications goes from 67.32 ms to unbounded, over the 100 ms target. Size the busiest hops on the path for the peak, not the target rate.
namespace SystemDesign.Samples.Storage;

/// <summary>
/// Distributed Transactions (2PC/3PC) (distributed-transactions).
/// Goal: Master Google/Visa-scale distributed transactions.
/// Topology: the catalog's reference solution. Cheapest passing counts found: $66,818,309/month (budget $300,000,000).
/// </summary>
[Design("distributed-transactions")]
public sealed class DistributedTransactionsDesign : IDesign
{
    public void Describe(ArchitectureBuilder a)
    {
        // the workload's source: users outside the system, not sized or billed
        var applications = a.Component("redirect_client", "Applications");
        // 10,000,000 req/s × 1.2 headroom ÷ 85,000 per instance = 142; at 1176: SD2003 LB: at peak (10 × 10,000,000 = 100,000,000 req/s) utilization is 100% of 99,960,000 req/s; 1,177 instances carry the peak → 1177
        var lB = a.Component("lb", "LB").Instances(1177);
        // 10,000,000 req/s × 1.2 headroom ÷ 150 per instance = 80000; at 666666: SD2003 Tx Coordinator: at peak (10 × 10,000,000 = 100,000,000 req/s) utilization is 100% of 99,999,900 req/s; 666,667 instances carry the peak → 666667
        var txCoordinator = a.Component("app", "Tx Coordinator").Instances(666667);
        // 10,000,000 req/s × 1.2 headroom ÷ 1,000 per instance = 12000; at 99999: SD2003 Backup Coordinators: at peak (10 × 10,000,000 = 100,000,000 req/s) utilization is 100% of 99,999,000 req/s; 100,000 instances carry the peak → 100000
        var backupCoordinators = a.Component("worker", "Backup Coordinators").Instances(100000);
        // 1,000,000 req/s × 1.2 headroom ÷ 10,000 per instance = 120; at 999: SD2003 Tx Log (Kafka): at peak (10 × 1,000,000 = 10,000,000 req/s) utilization is 100.1% of 9,990,000 req/s; 1,000 instances carry the peak → 1000
        var txLogKafka = a.Component("queue", "Tx Log (Kafka)").Instances(1000);
        // 2,500,000 req/s × 1.2 headroom ÷ 1,000 per instance = 3000; tier T0 needs ≥ 5 db_primary; at 24999: SD2003 Shard 1: at peak (10 × 2,500,000 = 25,000,000 req/s) utilization is 100% of 24,999,000 req/s; 25,000 instances carry the peak → 25000
        var shard1 = a.Component("db_primary", "Shard 1").Instances(25000);
        // 2,500,000 req/s × 1.2 headroom ÷ 1,000 per instance = 3000; tier T0 needs ≥ 5 db_primary; at 24999: SD2003 Shard 2: at peak (10 × 2,500,000 = 25,000,000 req/s) utilization is 100% of 24,999,000 req/s; 25,000 instances carry the peak → 25000
        var shard2 = a.Component("db_primary", "Shard 2").Instances(25000);
        // 2,500,000 req/s × 1.2 headroom ÷ 1,000 per instance = 3000; tier T0 needs ≥ 5 db_primary; at 24999: SD2003 Shard 3: at peak (10 × 2,500,000 = 25,000,000 req/s) utilization is 100% of 24,999,000 req/s; 25,000 instances carry the peak → 25000
        var shard3 = a.Component("db_primary", "Shard 3").Instances(25000);
        // 2,500,000 req/s × 1.2 headroom ÷ 1,000 per instance = 3000; tier T0 needs ≥ 5 db_primary; at 24999: SD2003 Shard N: at peak (10 × 2,500,000 = 25,000,000 req/s) utilization is 100% of 24,999,000 req/s; 25,000 instances carry the peak → 25000
        var shardN = a.Component("db_primary", "Shard N").Instances(25000);

        applications.ConnectsTo(lB);
        lB.ConnectsTo(txCoordinator);
        txCoordinator.ConnectsTo(backupCoordinators);
        txCoordinator.ConnectsTo(txLogKafka);
        txCoordinator.ConnectsTo(shard1);
        txCoordinator.ConnectsTo(shard2);
        txCoordinator.ConnectsTo(shard3);
        txCoordinator.ConnectsTo(shardN);
    }
}
