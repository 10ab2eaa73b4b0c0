// Drafted by `sysdesign solve l5-compliance-security-15` (src/SystemDesign.Solver); regenerate, do not hand-edit the counts.
namespace SystemDesign.Samples.ComplianceSecurity;

/// <summary>
/// Imperva Data Encryption Platform (l5-compliance-security-15).
/// Goal: Design data encryption solution for Imperva supporting millions of users and thousands of engineers
/// Topology: built from the problem's palette (the catalog has no reference solution). Cheapest passing counts found: $16,912,336/month.
/// </summary>
[Design("l5-compliance-security-15")]
public sealed class L5ComplianceSecurity15Design : IDesign
{
    public void Describe(ArchitectureBuilder a)
    {
        // 6,000,000 req/s × 1.2 headroom ÷ 150 per instance = 48000; every constraint at once needs 60332 (the latency targets with one instance lost) → 60332
        var authService = a.Component("auth_service", "Auth Service").Instances(60332);
        // 6,000,000 req/s × 1.2 headroom ÷ 150 per instance = 48000; every constraint at once needs 60332 (the latency targets with one instance lost) → 60332
        var encryptionService = a.Component("encryption_service", "Encryption Service").Instances(60332);
        // 6,000,000 req/s × 1.2 headroom ÷ 150 per instance = 48000; every constraint at once needs 60332 (the latency targets with one instance lost) → 60332
        var complianceEngine = a.Component("compliance_engine", "Compliance Engine").Instances(60332);
        // 6,000,000 req/s × 1.2 headroom ÷ 150 per instance = 48000; every constraint at once needs 60332 (the latency targets with one instance lost) → 60332
        var keyVault = a.Component("key_vault", "Key Vault").Instances(60332);
        // one instance carries the load and no requirement asks for more → 1
        var auditLogger = a.Component("audit_logger", "Audit Logger").Instances(1);

        authService.ConnectsTo(auditLogger);
    }
}
