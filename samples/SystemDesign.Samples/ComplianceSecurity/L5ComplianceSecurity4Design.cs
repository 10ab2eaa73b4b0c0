// Drafted by `sysdesign solve l5-compliance-security-4` (src/SystemDesign.Solver); regenerate, do not hand-edit the counts.
namespace SystemDesign.Samples.ComplianceSecurity;

/// <summary>
/// Check Point Zero Trust Platform (l5-compliance-security-4).
/// Goal: Design zero trust solution for Check Point supporting millions of users and thousands of engineers
/// Topology: built from the problem's palette (the catalog has no reference solution). Cheapest passing counts found: $9,160,928/month.
/// </summary>
[Design("l5-compliance-security-4")]
public sealed class L5ComplianceSecurity4Design : IDesign
{
    public void Describe(ArchitectureBuilder a)
    {
        // 3,250,000 req/s × 1.2 headroom ÷ 150 per instance = 26000; every constraint at once needs 32680 (the latency targets with one instance lost) → 32680
        var authService = a.Component("auth_service", "Auth Service").Instances(32680);
        // 3,250,000 req/s × 1.2 headroom ÷ 150 per instance = 26000; every constraint at once needs 32680 (the latency targets with one instance lost) → 32680
        var encryptionService = a.Component("encryption_service", "Encryption Service").Instances(32680);
        // 3,250,000 req/s × 1.2 headroom ÷ 150 per instance = 26000; every constraint at once needs 32680 (the latency targets with one instance lost) → 32680
        var complianceEngine = a.Component("compliance_engine", "Compliance Engine").Instances(32680);
        // 3,250,000 req/s × 1.2 headroom ÷ 150 per instance = 26000; every constraint at once needs 32680 (the latency targets with one instance lost) → 32680
        var keyVault = a.Component("key_vault", "Key Vault").Instances(32680);
        // one instance carries the load and no requirement asks for more → 1
        var auditLogger = a.Component("audit_logger", "Audit Logger").Instances(1);

        authService.ConnectsTo(auditLogger);
    }
}
