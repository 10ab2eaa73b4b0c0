// Drafted by `sysdesign solve l5-compliance-security-2` (src/SystemDesign.Solver); regenerate, do not hand-edit the counts.
namespace SystemDesign.Samples.ComplianceSecurity;

/// <summary>
/// Palo Alto Pci-Dss Platform (l5-compliance-security-2).
/// Goal: Design PCI-DSS solution for Palo Alto supporting millions of users and thousands of engineers
/// Topology: built from the problem's palette (the catalog has no reference solution). Cheapest passing counts found: $7,751,759/month.
/// </summary>
[Design("l5-compliance-security-2")]
public sealed class L5ComplianceSecurity2Design : IDesign
{
    public void Describe(ArchitectureBuilder a)
    {
        // 2,750,000 req/s × 1.2 headroom ÷ 150 per instance = 22000; every constraint at once needs 27653 (the latency targets with one instance lost) → 27653
        var authService = a.Component("auth_service", "Auth Service").Instances(27653);
        // 2,750,000 req/s × 1.2 headroom ÷ 150 per instance = 22000; every constraint at once needs 27653 (the latency targets with one instance lost) → 27653
        var encryptionService = a.Component("encryption_service", "Encryption Service").Instances(27653);
        // 2,750,000 req/s × 1.2 headroom ÷ 150 per instance = 22000; every constraint at once needs 27653 (the latency targets with one instance lost) → 27653
        var complianceEngine = a.Component("compliance_engine", "Compliance Engine").Instances(27653);
        // 2,750,000 req/s × 1.2 headroom ÷ 150 per instance = 22000; every constraint at once needs 27653 (the latency targets with one instance lost) → 27653
        var keyVault = a.Component("key_vault", "Key Vault").Instances(27653);
        // one instance carries the load and no requirement asks for more → 1
        var auditLogger = a.Component("audit_logger", "Audit Logger").Instances(1);

        authService.ConnectsTo(auditLogger);
    }
}
