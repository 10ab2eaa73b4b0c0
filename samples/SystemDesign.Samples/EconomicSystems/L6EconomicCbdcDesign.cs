// Drafted by `sysdesign solve l6-economic-cbdc` (src/SystemDesign.Solver); regenerate, do not hand-edit the counts.
namespace SystemDesign.Samples.EconomicSystems;

/// <summary>
/// Central Bank Digital Currency (l6-economic-cbdc).
/// Goal: Create central bank digital currency system for USA supporting all transactions
/// Topology: built from the problem's palette (the catalog has no reference solution). Cheapest passing counts found: $724,014/month.
/// </summary>
[Design("l6-economic-cbdc")]
public sealed class L6EconomicCbdcDesign : IDesign
{
    public void Describe(ArchitectureBuilder a)
    {
        // the workload's source: users outside the system, not sized or billed
        var offlineWallet = a.Component("offline_wallet", "Offline Wallet");
        // 1,000,000 req/s × 1.2 headroom ÷ 10,000 per instance = 120 → 120
        var bankInterface = a.Component("bank_interface", "Bank Interface").Instances(120);
        // 500,000 req/s × 1.2 headroom ÷ 150 per instance = 4000 → 4000
        var privacyMixer = a.Component("privacy_mixer", "Privacy Mixer").Instances(4000);
        // 500,000 req/s × 1.2 headroom ÷ 150 per instance = 4000 → 4000
        var policyEngine = a.Component("policy_engine", "Policy Engine").Instances(4000);
        // 1,000,000 req/s × 1.2 headroom ÷ 1,000 per instance = 1200 → 1200
        var cBDCLedger = a.Component("cbdc_ledger", "CBDC Ledger").Instances(1200);

        offlineWallet.ConnectsTo(bankInterface);
        bankInterface.ConnectsTo(privacyMixer);
        bankInterface.ConnectsTo(policyEngine);
        privacyMixer.Writes(cBDCLedger);
        policyEngine.Writes(cBDCLedger);
    }
}
