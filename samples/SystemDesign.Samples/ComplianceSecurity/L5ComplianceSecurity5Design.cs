// Drafted by `sysdesign solve l5-compliance-security-5` (src/SystemDesign.Solver); regenerate, do not hand-edit the counts.
namespace SystemDesign.Samples.ComplianceSecurity;

/// <summary>
/// Zscaler Data Encryption Platform (l5-compliance-security-5).
/// Goal: Design data encryption solution for Zscaler supporting millions of users and thousands of engineers
/// Topology: built from the problem's palette (the catalog has no reference solution). Cheapest passing counts found: $9,865,652/month.
/// </summary>
[Design("l5-compliance-security-5")]
public sealed class L5ComplianceSecurity5Design : IDesign
{
    public void Describe(ArchitectureBuilder a)
    {
        // 3,500,000 req/s × 1.2 headroom ÷ 150 per instance = 28000; every constraint at once needs 35194 (the latency targets with one instance lost) → 35194
        var authService = a.Component("auth_service", "Auth Service").Instances(35194);
        // 3,500,000 req/s × 1.2 headroom ÷ 150 per instance = 28000; every constraint at once needs 35194 (the latency targets with one instance lost) → 35194
        var encryptionService = a.Component("encryption_service", "Encryption Service").Instances(35194);
        // 3,500,000 req/s × 1.2 headroom ÷ 150 per instance = 28000; every constraint at once needs 35194 (the latency targets with one instance lost) → 35194
        var complianceEngine = a.Component("compliance_engine", "Compliance Engine").Instances(35194);
        // 3,500,000 req/s × 1.2 headroom ÷ 150 per instance = 28000; every constraint at once needs 35194 (the latency targets with one instance lost) → 35194
        var keyVault = a.Component("key_vault", "Key Vault").Instances(35194);
        // one instance carries the load and no requirement asks for more → 1
        var auditLogger = a.Component("audit_logger", "Audit Logger").Instances(1);

        authService.ConnectsTo(auditLogger);
    }
}
