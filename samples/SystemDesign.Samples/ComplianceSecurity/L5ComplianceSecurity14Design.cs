// Drafted by `sysdesign solve l5-compliance-security-14` (src/SystemDesign.Solver); regenerate, do not hand-edit the counts.
namespace SystemDesign.Samples.ComplianceSecurity;

/// <summary>
/// Varonis Zero Trust Platform (l5-compliance-security-14).
/// Goal: Design zero trust solution for Varonis supporting millions of users and thousands of engineers
/// Topology: built from the problem's palette (the catalog has no reference solution). Cheapest passing counts found: $16,207,612/month.
/// </summary>
[Design("l5-compliance-security-14")]
public sealed class L5ComplianceSecurity14Design : IDesign
{
    public void Describe(ArchitectureBuilder a)
    {
        // 5,750,000 req/s × 1.2 headroom ÷ 150 per instance = 46000; every constraint at once needs 57818 (the latency targets with one instance lost) → 57818
        var authService = a.Component("auth_service", "Auth Service").Instances(57818);
        // 5,750,000 req/s × 1.2 headroom ÷ 150 per instance = 46000; every constraint at once needs 57818 (the latency targets with one instance lost) → 57818
        var encryptionService = a.Component("encryption_service", "Encryption Service").Instances(57818);
        // 5,750,000 req/s × 1.2 headroom ÷ 150 per instance = 46000; every constraint at once needs 57818 (the latency targets with one instance lost) → 57818
        var complianceEngine = a.Component("compliance_engine", "Compliance Engine").Instances(57818);
        // 5,750,000 req/s × 1.2 headroom ÷ 150 per instance = 46000; every constraint at once needs 57818 (the latency targets with one instance lost) → 57818
        var keyVault = a.Component("key_vault", "Key Vault").Instances(57818);
        // one instance carries the load and no requirement asks for more → 1
        var auditLogger = a.Component("audit_logger", "Audit Logger").Instances(1);

        authService.ConnectsTo(auditLogger);
    }
}
