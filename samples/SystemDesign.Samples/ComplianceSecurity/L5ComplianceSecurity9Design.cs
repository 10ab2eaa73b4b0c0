// Drafted by `sysdesign solve l5-compliance-security-9` (src/SystemDesign.Solver); regenerate, do not hand-edit the counts.
namespace SystemDesign.Samples.ComplianceSecurity;

/// <summary>
/// OneLogin Zero Trust Platform (l5-compliance-security-9).
/// Goal: Design zero trust solution for OneLogin supporting millions of users and thousands of engineers
/// Topology: built from the problem's palette (the catalog has no reference solution). Cheapest passing counts found: $12,684,270/month.
/// </summary>
[Design("l5-compliance-security-9")]
public sealed class L5ComplianceSecurity9Design : IDesign
{
    public void Describe(ArchitectureBuilder a)
    {
        // 4,500,000 req/s × 1.2 headroom ÷ 150 per instance = 36000; every constraint at once needs 45249 (the latency targets with one instance lost) → 45249
        var authService = a.Component("auth_service", "Auth Service").Instances(45249);
        // 4,500,000 req/s × 1.2 headroom ÷ 150 per instance = 36000; every constraint at once needs 45249 (the latency targets with one instance lost) → 45249
        var encryptionService = a.Component("encryption_service", "Encryption Service").Instances(45249);
        // 4,500,000 req/s × 1.2 headroom ÷ 150 per instance = 36000; every constraint at once needs 45249 (the latency targets with one instance lost) → 45249
        var complianceEngine = a.Component("compliance_engine", "Compliance Engine").Instances(45249);
        // 4,500,000 req/s × 1.2 headroom ÷ 150 per instance = 36000; every constraint at once needs 45249 (the latency targets with one instance lost) → 45249
        var keyVault = a.Component("key_vault", "Key Vault").Instances(45249);
        // one instance carries the load and no requirement asks for more → 1
        var auditLogger = a.Component("audit_logger", "Audit Logger").Instances(1);

        authService.ConnectsTo(auditLogger);
    }
}
