// Drafted by `sysdesign solve banking-transaction-db` (src/SystemDesign.Solver); regenerate, do not hand-edit the counts.
#pragma warning disable SD7001 // Read Replicas gets no traffic: nothing connects it to a client. Connect it from the component that uses it (an edge such as Calls, Reads or Writes to Read Replicas) or remove it.
namespace SystemDesign.Samples.Storage;

/// <summary>
/// Banking Transaction Database (banking-transaction-db).
/// Goal: Build JPMorgan-scale banking system.
/// Topology: the catalog's reference solution. Cheapest passing counts found: $74,296,992/month (budget $500,000,000).
/// Not applicable: the capacity gate (infeasible target): The peak, 10 × 100,000,000 = 1,000,000,000 req/s (constant spike_multiplier: 10; NFR Request Rate: 100M transactions/sec, 1B during market events), needs 6,666,667 instances of Transaction Service at the registry's figures; SD0015 bounds one component at 1,000,000 instances, so no component of th...
/// Not applicable: the resilience gate (infeasible target): Follows from the infeasible capacity target: the peak-burst scenario is that same peak, which no component held at SD0015's 1,000,000 instances carries (Transaction Service among them); the instance-loss and cache-loss scenarios are not graded either, as for the other problems whose resilience fo...
/// </summary>
[Design("banking-transaction-db")]
public sealed class BankingTransactionDbDesign : IDesign
{
    public void Describe(ArchitectureBuilder a)
    {
        // the workload's source: users outside the system, not sized or billed
        var bankingApps = a.Component("redirect_client", "Banking Apps");
        // 100,000,000 req/s × 1.2 headroom ÷ 85,000 per instance = 1412; every constraint at once needs 11765 (the peak: 10 × 100,000,000 ÷ 85,000 req/s, below 100%) → 1412
        var lB = a.Component("lb", "LB").Instances(1412);
        // 100,000,000 req/s × 1.2 headroom ÷ 150 per instance = 800000; every constraint at once needs 6666667 (the peak: 10 × 100,000,000 ÷ 150 req/s, below 100%) → 800000
        var transactionService = a.Component("app", "Transaction Service").Instances(800000);
        // 100,000,000 req/s × 1.2 headroom ÷ 1,000 per instance = 120000; every constraint at once needs 1000001 (the peak: 10 × 100,000,000 ÷ 1,000 req/s, below 100%) → 120000
        var postgreSQL = a.Component("db_primary", "PostgreSQL").Instances(120000);
        // one instance carries the load and no requirement asks for more → 1
        var readReplicas = a.Component("db_replica", "Read Replicas").Instances(1);
        // 100,000,000 req/s × 1.2 headroom ÷ 5,500 per instance = 21819; every constraint at once needs 181819 (the peak: 10 × 100,000,000 ÷ 5,500 req/s, below 100%) → 21819
        var archive = a.Component("storage", "Archive").Instances(21819);

        bankingApps.ConnectsTo(lB);
        lB.ConnectsTo(transactionService);
        transactionService.ConnectsTo(postgreSQL);
        transactionService.ConnectsTo(readReplicas);
        postgreSQL.ConnectsTo(archive);
    }
}
