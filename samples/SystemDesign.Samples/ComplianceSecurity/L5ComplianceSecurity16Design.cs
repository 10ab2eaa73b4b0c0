// Drafted by `sysdesign solve l5-compliance-security-16` (src/SystemDesign.Solver); regenerate, do not hand-edit the counts.
namespace SystemDesign.Samples.ComplianceSecurity;

/// <summary>
/// Cloudflare Gdpr Compliance Platform (l5-compliance-security-16).
/// Goal: Design GDPR compliance solution for Cloudflare supporting millions of users and thousands of engineers
/// Topology: built from the problem's palette (the catalog has no reference solution). Cheapest passing counts found: $17,616,780/month.
/// </summary>
[Design("l5-compliance-security-16")]
public sealed class L5ComplianceSecurity16Design : IDesign
{
    public void Describe(ArchitectureBuilder a)
    {
        // 6,250,000 req/s × 1.2 headroom ÷ 150 per instance = 50000; every constraint at once needs 62845 (the latency targets with one instance lost) → 62845
        var authService = a.Component("auth_service", "Auth Service").Instances(62845);
        // 6,250,000 req/s × 1.2 headroom ÷ 150 per instance = 50000; every constraint at once needs 62845 (the latency targets with one instance lost) → 62845
        var encryptionService = a.Component("encryption_service", "Encryption Service").Instances(62845);
        // 6,250,000 req/s × 1.2 headroom ÷ 150 per instance = 50000; every constraint at once needs 62845 (the latency targets with one instance lost) → 62845
        var complianceEngine = a.Component("compliance_engine", "Compliance Engine").Instances(62845);
        // 6,250,000 req/s × 1.2 headroom ÷ 150 per instance = 50000; every constraint at once needs 62845 (the latency targets with one instance lost) → 62845
        var keyVault = a.Component("key_vault", "Key Vault").Instances(62845);
        // one instance carries the load and no requirement asks for more → 1
        var auditLogger = a.Component("audit_logger", "Audit Logger").Instances(1);

        authService.ConnectsTo(auditLogger);
    }
}
