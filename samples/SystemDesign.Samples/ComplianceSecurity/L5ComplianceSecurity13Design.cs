// Drafted by `sysdesign solve l5-compliance-security-13` (src/SystemDesign.Solver); regenerate, do not hand-edit the counts.
namespace SystemDesign.Samples.ComplianceSecurity;

/// <summary>
/// Sailpoint Hipaa Platform (l5-compliance-security-13).
/// Goal: Design HIPAA solution for Sailpoint supporting millions of users and thousands of engineers
/// Topology: built from the problem's palette (the catalog has no reference solution). Cheapest passing counts found: $15,502,887/month.
/// </summary>
[Design("l5-compliance-security-13")]
public sealed class L5ComplianceSecurity13Design : IDesign
{
    public void Describe(ArchitectureBuilder a)
    {
        // 5,500,000 req/s × 1.2 headroom ÷ 150 per instance = 44000; every constraint at once needs 55304 (the latency targets with one instance lost) → 55304
        var authService = a.Component("auth_service", "Auth Service").Instances(55304);
        // 5,500,000 req/s × 1.2 headroom ÷ 150 per instance = 44000; every constraint at once needs 55304 (the latency targets with one instance lost) → 55304
        var encryptionService = a.Component("encryption_service", "Encryption Service").Instances(55304);
        // 5,500,000 req/s × 1.2 headroom ÷ 150 per instance = 44000; every constraint at once needs 55304 (the latency targets with one instance lost) → 55304
        var complianceEngine = a.Component("compliance_engine", "Compliance Engine").Instances(55304);
        // 5,500,000 req/s × 1.2 headroom ÷ 150 per instance = 44000; every constraint at once needs 55304 (the latency targets with one instance lost) → 55304
        var keyVault = a.Component("key_vault", "Key Vault").Instances(55304);
        // one instance carries the load and no requirement asks for more → 1
        var auditLogger = a.Component("audit_logger", "Audit Logger").Instances(1);

        authService.ConnectsTo(auditLogger);
    }
}
