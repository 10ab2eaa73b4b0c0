using SystemDesign.Model;
using SystemDesign.TestSupport;

namespace SystemDesign.Engine.Tests.Reports;

/// <summary>The designs the report snapshots are taken of.</summary>
internal static class ReportDesigns
{
    public const string Blog = TutorialBlog.Problem;

    /// <summary>An L6 problem without tiers: 1M transactions/s, P50 under 100 ms, 99.999% availability, no budget.</summary>
    public const string Cbdc = "l6-economic-cbdc";

    /// <summary>
    /// The tutorial blog with call policies: readers time out after 300 ms, the app retries its replica reads twice
    /// with backoff behind a breaker and its writes once with an idempotency key, with a pool of 20 to the primary.
    /// So the reports show every edge knob, the attempts per call and the pools.
    /// </summary>
    public static Architecture BlogWithCallPolicies()
    {
        var a = new ArchitectureBuilder(Blog);
        var readers = a.Client("Blog Readers");
        var lb = a.LoadBalancer("Load Balancer").Instances(2);
        var app = a.App("App Servers").Instances(9).ConnectionPool(20);
        var primary = a.DbPrimary("Primary DB").Instances(2);
        var replica = a.DbReplica("Read Replica").Instances(2);
        readers.Calls(lb).Timeout(300);
        lb.Calls(app).Timeout(250);
        app.Writes(primary).Timeout(100).Retries(1).IdempotencyKey();
        app.Reads(replica).Timeout(50).Retries(2).Backoff().CircuitBreaker();
        return a.Build();
    }

    /// <summary>
    /// A digital-currency design from the problem's palette: wallets → bank gateways → policy engines → ledger.
    /// The ledger is sized short of the 20% headroom, so the report has a warning but passes.
    /// </summary>
    public static Architecture CentralBankCurrency()
    {
        var a = new ArchitectureBuilder(Cbdc);
        var wallets = a.Component("offline_wallet", "Wallets");
        var gateway = a.Component("bank_interface", "Bank Gateway").Instances(120);
        var policy = a.Component("policy_engine", "Policy Engine").Instances(8000);
        var ledger = a.Component("cbdc_ledger", "Ledger").Instances(1100); // every one of the 1M TPS is a payment, a write
        wallets.Calls(gateway);
        gateway.Calls(policy);
        policy.Writes(ledger);
        return a.Build();
    }
}
