// Drafted by `sysdesign solve l5-compliance-security-10` (src/SystemDesign.Solver); regenerate, do not hand-edit the counts.
namespace SystemDesign.Samples.ComplianceSecurity;

/// <summary>
/// Cyberark Data Encryption Platform (l5-compliance-security-10).
/// Goal: Design data encryption solution for Cyberark supporting millions of users and thousands of engineers
/// Topology: built from the problem's palette (the catalog has no reference solution). Cheapest passing counts found: $13,388,994/month.
/// </summary>
[Design("l5-compliance-security-10")]
public sealed class L5ComplianceSecurity10Design : IDesign
{
    public void Describe(ArchitectureBuilder a)
    {
        // 4,750,000 req/s × 1.2 headroom ÷ 150 per instance = 38000; every constraint at once needs 47763 (the latency targets with one instance lost) → 47763
        var authService = a.Component("auth_service", "Auth Service").Instances(47763);
        // 4,750,000 req/s × 1.2 headroom ÷ 150 per instance = 38000; every constraint at once needs 47763 (the latency targets with one instance lost) → 47763
        var encryptionService = a.Component("encryption_service", "Encryption Service").Instances(47763);
        // 4,750,000 req/s × 1.2 headroom ÷ 150 per instance = 38000; every constraint at once needs 47763 (the latency targets with one instance lost) → 47763
        var complianceEngine = a.Component("compliance_engine", "Compliance Engine").Instances(47763);
        // 4,750,000 req/s × 1.2 headroom ÷ 150 per instance = 38000; every constraint at once needs 47763 (the latency targets with one instance lost) → 47763
        var keyVault = a.Component("key_vault", "Key Vault").Instances(47763);
        // one instance carries the load and no requirement asks for more → 1
        var auditLogger = a.Component("audit_logger", "Audit Logger").Instances(1);

        authService.ConnectsTo(auditLogger);
    }
}
