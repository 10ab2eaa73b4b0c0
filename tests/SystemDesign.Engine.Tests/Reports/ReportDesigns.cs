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
    /// A digital-currency design from the problem's palette: wallets → bank gateways → policy engines → ledger.
    /// The ledger is sized short of the 20% headroom, so the report has a warning but passes.
    /// </summary>
    public static Architecture CentralBankCurrency()
    {
        var a = new ArchitectureBuilder(Cbdc);
        var wallets = a.Component("offline_wallet", "Wallets");
        var gateway = a.Component("bank_interface", "Bank Gateway").Instances(120);
        var policy = a.Component("policy_engine", "Policy Engine").Instances(8000);
        var ledger = a.Component("cbdc_ledger", "Ledger").Instances(110);
        wallets.Calls(gateway);
        gateway.Calls(policy);
        policy.Writes(ledger);
        return a.Build();
    }
}
