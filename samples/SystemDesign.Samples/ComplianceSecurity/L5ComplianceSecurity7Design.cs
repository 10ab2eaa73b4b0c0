// Drafted by `sysdesign solve l5-compliance-security-7` (src/SystemDesign.Solver); regenerate, do not hand-edit the counts.
namespace SystemDesign.Samples.ComplianceSecurity;

/// <summary>
/// Auth0 Pci-Dss Platform (l5-compliance-security-7).
/// Goal: Design PCI-DSS solution for Auth0 supporting millions of users and thousands of engineers
/// Topology: built from the problem's palette (the catalog has no reference solution). Cheapest passing counts found: $11,275,101/month.
/// </summary>
[Design("l5-compliance-security-7")]
public sealed class L5ComplianceSecurity7Design : IDesign
{
    public void Describe(ArchitectureBuilder a)
    {
        // 4,000,000 req/s × 1.2 headroom ÷ 150 per instance = 32000; every constraint at once needs 40222 (the latency targets with one instance lost) → 40222
        var authService = a.Component("auth_service", "Auth Service").Instances(40222);
        // 4,000,000 req/s × 1.2 headroom ÷ 150 per instance = 32000; every constraint at once needs 40222 (the latency targets with one instance lost) → 40222
        var encryptionService = a.Component("encryption_service", "Encryption Service").Instances(40222);
        // 4,000,000 req/s × 1.2 headroom ÷ 150 per instance = 32000; every constraint at once needs 40222 (the latency targets with one instance lost) → 40222
        var complianceEngine = a.Component("compliance_engine", "Compliance Engine").Instances(40222);
        // 4,000,000 req/s × 1.2 headroom ÷ 150 per instance = 32000; every constraint at once needs 40222 (the latency targets with one instance lost) → 40222
        var keyVault = a.Component("key_vault", "Key Vault").Instances(40222);
        // one instance carries the load and no requirement asks for more → 1
        var auditLogger = a.Component("audit_logger", "Audit Logger").Instances(1);

        authService.ConnectsTo(auditLogger);
    }
}
