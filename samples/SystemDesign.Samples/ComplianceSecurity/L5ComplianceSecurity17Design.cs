// Drafted by `sysdesign solve l5-compliance-security-17` (src/SystemDesign.Solver); regenerate, do not hand-edit the counts.
namespace SystemDesign.Samples.ComplianceSecurity;

/// <summary>
/// Akamai Pci-Dss Platform (l5-compliance-security-17).
/// Goal: Design PCI-DSS solution for Akamai supporting millions of users and thousands of engineers
/// Topology: built from the problem's palette (the catalog has no reference solution). Cheapest passing counts found: $18,321,505/month.
/// </summary>
[Design("l5-compliance-security-17")]
public sealed class L5ComplianceSecurity17Design : IDesign
{
    public void Describe(ArchitectureBuilder a)
    {
        // 6,500,000 req/s × 1.2 headroom ÷ 150 per instance = 52000; every constraint at once needs 65359 (the latency targets with one instance lost) → 65359
        var authService = a.Component("auth_service", "Auth Service").Instances(65359);
        // 6,500,000 req/s × 1.2 headroom ÷ 150 per instance = 52000; every constraint at once needs 65359 (the latency targets with one instance lost) → 65359
        var encryptionService = a.Component("encryption_service", "Encryption Service").Instances(65359);
        // 6,500,000 req/s × 1.2 headroom ÷ 150 per instance = 52000; every constraint at once needs 65359 (the latency targets with one instance lost) → 65359
        var complianceEngine = a.Component("compliance_engine", "Compliance Engine").Instances(65359);
        // 6,500,000 req/s × 1.2 headroom ÷ 150 per instance = 52000; every constraint at once needs 65359 (the latency targets with one instance lost) → 65359
        var keyVault = a.Component("key_vault", "Key Vault").Instances(65359);
        // one instance carries the load and no requirement asks for more → 1
        var auditLogger = a.Component("audit_logger", "Audit Logger").Instances(1);

        authService.ConnectsTo(auditLogger);
    }
}
