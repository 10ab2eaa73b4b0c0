// Drafted by `sysdesign solve l5-compliance-security-11` (src/SystemDesign.Solver); regenerate, do not hand-edit the counts.
namespace SystemDesign.Samples.ComplianceSecurity;

/// <summary>
/// HashiCorp Gdpr Compliance Platform (l5-compliance-security-11).
/// Goal: Design GDPR compliance solution for HashiCorp supporting millions of users and thousands of engineers
/// Topology: built from the problem's palette (the catalog has no reference solution). Cheapest passing counts found: $14,093,719/month.
/// </summary>
[Design("l5-compliance-security-11")]
public sealed class L5ComplianceSecurity11Design : IDesign
{
    public void Describe(ArchitectureBuilder a)
    {
        // 5,000,000 req/s × 1.2 headroom ÷ 150 per instance = 40000; every constraint at once needs 50277 (the latency targets with one instance lost) → 50277
        var authService = a.Component("auth_service", "Auth Service").Instances(50277);
        // 5,000,000 req/s × 1.2 headroom ÷ 150 per instance = 40000; every constraint at once needs 50277 (the latency targets with one instance lost) → 50277
        var encryptionService = a.Component("encryption_service", "Encryption Service").Instances(50277);
        // 5,000,000 req/s × 1.2 headroom ÷ 150 per instance = 40000; every constraint at once needs 50277 (the latency targets with one instance lost) → 50277
        var complianceEngine = a.Component("compliance_engine", "Compliance Engine").Instances(50277);
        // 5,000,000 req/s × 1.2 headroom ÷ 150 per instance = 40000; every constraint at once needs 50277 (the latency targets with one instance lost) → 50277
        var keyVault = a.Component("key_vault", "Key Vault").Instances(50277);
        // one instance carries the load and no requirement asks for more → 1
        var auditLogger = a.Component("audit_logger", "Audit Logger").Instances(1);

        authService.ConnectsTo(auditLogger);
    }
}
