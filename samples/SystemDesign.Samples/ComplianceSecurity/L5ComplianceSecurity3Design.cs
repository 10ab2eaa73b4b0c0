// Drafted by `sysdesign solve l5-compliance-security-3` (src/SystemDesign.Solver); regenerate, do not hand-edit the counts.
namespace SystemDesign.Samples.ComplianceSecurity;

/// <summary>
/// Fortinet Hipaa Platform (l5-compliance-security-3).
/// Goal: Design HIPAA solution for Fortinet supporting millions of users and thousands of engineers
/// Topology: built from the problem's palette (the catalog has no reference solution). Cheapest passing counts found: $8,456,484/month.
/// </summary>
[Design("l5-compliance-security-3")]
public sealed class L5ComplianceSecurity3Design : IDesign
{
    public void Describe(ArchitectureBuilder a)
    {
        // 3,000,000 req/s × 1.2 headroom ÷ 150 per instance = 24000; every constraint at once needs 30167 (the latency targets with one instance lost) → 30167
        var authService = a.Component("auth_service", "Auth Service").Instances(30167);
        // 3,000,000 req/s × 1.2 headroom ÷ 150 per instance = 24000; every constraint at once needs 30167 (the latency targets with one instance lost) → 30167
        var encryptionService = a.Component("encryption_service", "Encryption Service").Instances(30167);
        // 3,000,000 req/s × 1.2 headroom ÷ 150 per instance = 24000; every constraint at once needs 30167 (the latency targets with one instance lost) → 30167
        var complianceEngine = a.Component("compliance_engine", "Compliance Engine").Instances(30167);
        // 3,000,000 req/s × 1.2 headroom ÷ 150 per instance = 24000; every constraint at once needs 30167 (the latency targets with one instance lost) → 30167
        var keyVault = a.Component("key_vault", "Key Vault").Instances(30167);
        // one instance carries the load and no requirement asks for more → 1
        var auditLogger = a.Component("audit_logger", "Audit Logger").Instances(1);

        authService.ConnectsTo(auditLogger);
    }
}
