// Drafted by `sysdesign solve distributed-transactions` (src/SystemDesign.Solver); regenerate, do not hand-edit the counts.
#pragma warning disable SD6004 // Out of reach: Tx Coordinator needs 1,044,293 instances for these targets even with every other component at 64× its count (1,000,000 at most), past SD0015's 1,000,000 for one component. At the peak (10 × the target rate) P99 of writes from Applications goes from 67.32 ms to 9,165.24 ms, over the ...
namespace SystemDesign.Samples.Storage;

/// <summary>
/// Distributed Transactions (2PC/3PC) (distributed-transactions).
/// Goal: Master Google/Visa-scale distributed transactions.
/// Topology: the catalog's reference solution. Cheapest passing counts found: $67,653,056/month (budget $300,000,000).
/// </summary>
[Design("distributed-transactions")]
public sealed class DistributedTransactionsDesign : IDesign
{
    public void Describe(ArchitectureBuilder a)
    {
        // the workload's source: users outside the system, not sized or billed
        var applications = a.Component("redirect_client", "Applications");
        // 10,000,000 req/s × 1.2 headroom ÷ 85,000 per instance = 142; every constraint at once needs 1324 (the latency targets at the peak (10 ×)); that count is for targets out of reach (the pragma above says why), so it keeps only the rest; at 1176: SD2003 LB: at peak (10 × 10,000,000 = 100,000,000 req/...
        var lB = a.Component("lb", "LB").Instances(1177);
        // 10,000,000 req/s × 1.2 headroom ÷ 150 per instance = 80000; every constraint at once needs 1520462 (the latency targets at the peak (10 ×)); that count is for targets out of reach (the pragma above says why), so it keeps only the rest; at 666666: SD2003 Tx Coordinator: at peak (10 × 10,000,000 = ...
        var txCoordinator = a.Component("app", "Tx Coordinator").Instances(666667);
        // 10,000,000 req/s × 1.2 headroom ÷ 1,000 per instance = 12000; every constraint at once needs 113277 (the latency targets at the peak (10 ×)); that count is for targets out of reach (the pragma above says why), so it keeps only the rest; at 100000: SD2003 Backup Coordinators: at peak (10 × 10,000,...
        var backupCoordinators = a.Component("worker", "Backup Coordinators").Instances(100001);
        // 10,000,000 req/s × 1.2 headroom ÷ 10,000 per instance = 1200; every constraint at once needs 11251 (the latency targets at the peak (10 ×)); that count is for targets out of reach (the pragma above says why), so it keeps only the rest; at 10000: SD2003 Tx Log (Kafka): at peak (10 × 10,000,000 = 1...
        var txLogKafka = a.Component("queue", "Tx Log (Kafka)").Instances(10001);
        // 2,500,000 req/s × 1.2 headroom ÷ 1,000 per instance = 3000; every constraint at once needs 28126 (the latency targets at the peak (10 ×)); tier T0 needs ≥ 5 db_primary in all, across 4 components; that count is for targets out of reach (the pragma above says why), so it keeps only the rest; at 25...
        var shard1 = a.Component("db_primary", "Shard 1").Instances(25001);
        // 2,500,000 req/s × 1.2 headroom ÷ 1,000 per instance = 3000; every constraint at once needs 28126 (the latency targets at the peak (10 ×)); tier T0 needs ≥ 5 db_primary in all, across 4 components; that count is for targets out of reach (the pragma above says why), so it keeps only the rest; at 25...
        var shard2 = a.Component("db_primary", "Shard 2").Instances(25001);
        // 2,500,000 req/s × 1.2 headroom ÷ 1,000 per instance = 3000; every constraint at once needs 28126 (the latency targets at the peak (10 ×)); tier T0 needs ≥ 5 db_primary in all, across 4 components; that count is for targets out of reach (the pragma above says why), so it keeps only the rest; at 25...
        var shard3 = a.Component("db_primary", "Shard 3").Instances(25001);
        // 2,500,000 req/s × 1.2 headroom ÷ 1,000 per instance = 3000; every constraint at once needs 28126 (the latency targets at the peak (10 ×)); tier T0 needs ≥ 5 db_primary in all, across 4 components; that count is for targets out of reach (the pragma above says why), so it keeps only the rest; at 25...
        var shardN = a.Component("db_primary", "Shard N").Instances(25001);

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
