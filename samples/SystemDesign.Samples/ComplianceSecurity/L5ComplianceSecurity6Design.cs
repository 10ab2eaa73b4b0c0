// Drafted by `sysdesign solve l5-compliance-security-6` (src/SystemDesign.Solver); regenerate, do not hand-edit the counts.
namespace SystemDesign.Samples.ComplianceSecurity;

/// <summary>
/// Okta Gdpr Compliance Platform (l5-compliance-security-6).
/// Goal: Design GDPR compliance solution for Okta supporting millions of users and thousands of engineers
/// Topology: built from the problem's palette (the catalog has no reference solution). Cheapest passing counts found: $10,570,377/month.
/// </summary>
[Design("l5-compliance-security-6")]
public sealed class L5ComplianceSecurity6Design : IDesign
{
    public void Describe(ArchitectureBuilder a)
    {
        // 3,750,000 req/s × 1.2 headroom ÷ 150 per instance = 30000; every constraint at once needs 37708 (the latency targets with one instance lost) → 37708
        var authService = a.Component("auth_service", "Auth Service").Instances(37708);
        // 3,750,000 req/s × 1.2 headroom ÷ 150 per instance = 30000; every constraint at once needs 37708 (the latency targets with one instance lost) → 37708
        var encryptionService = a.Component("encryption_service", "Encryption Service").Instances(37708);
        // 3,750,000 req/s × 1.2 headroom ÷ 150 per instance = 30000; every constraint at once needs 37708 (the latency targets with one instance lost) → 37708
        var complianceEngine = a.Component("compliance_engine", "Compliance Engine").Instances(37708);
        // 3,750,000 req/s × 1.2 headroom ÷ 150 per instance = 30000; every constraint at once needs 37708 (the latency targets with one instance lost) → 37708
        var keyVault = a.Component("key_vault", "Key Vault").Instances(37708);
        // one instance carries the load and no requirement asks for more → 1
        var auditLogger = a.Component("audit_logger", "Audit Logger").Instances(1);

        authService.ConnectsTo(auditLogger);
    }
}
