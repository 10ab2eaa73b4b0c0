// Drafted by `sysdesign solve l5-compliance-security-8` (src/SystemDesign.Solver); regenerate, do not hand-edit the counts.
namespace SystemDesign.Samples.ComplianceSecurity;

/// <summary>
/// Ping Identity Hipaa Platform (l5-compliance-security-8).
/// Goal: Design HIPAA solution for Ping Identity supporting millions of users and thousands of engineers
/// Topology: built from the problem's palette (the catalog has no reference solution). Cheapest passing counts found: $11,979,545/month.
/// </summary>
[Design("l5-compliance-security-8")]
public sealed class L5ComplianceSecurity8Design : IDesign
{
    public void Describe(ArchitectureBuilder a)
    {
        // 4,250,000 req/s × 1.2 headroom ÷ 150 per instance = 34000; every constraint at once needs 42735 (the latency targets with one instance lost) → 42735
        var authService = a.Component("auth_service", "Auth Service").Instances(42735);
        // 4,250,000 req/s × 1.2 headroom ÷ 150 per instance = 34000; every constraint at once needs 42735 (the latency targets with one instance lost) → 42735
        var encryptionService = a.Component("encryption_service", "Encryption Service").Instances(42735);
        // 4,250,000 req/s × 1.2 headroom ÷ 150 per instance = 34000; every constraint at once needs 42735 (the latency targets with one instance lost) → 42735
        var complianceEngine = a.Component("compliance_engine", "Compliance Engine").Instances(42735);
        // 4,250,000 req/s × 1.2 headroom ÷ 150 per instance = 34000; every constraint at once needs 42735 (the latency targets with one instance lost) → 42735
        var keyVault = a.Component("key_vault", "Key Vault").Instances(42735);
        // one instance carries the load and no requirement asks for more → 1
        var auditLogger = a.Component("audit_logger", "Audit Logger").Instances(1);

        authService.ConnectsTo(auditLogger);
    }
}
