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
        // 5,000,000 req/s × 1.2 headroom ÷ 150 per instance = 40000; at 50276: SD6004 Auth Service: losing one of 50,276 Auth Service (66.3% → 66.3% busy): P99 of reads from Auth Service goes from 100 ms to 100 ms, over the 100 ms target; P99 ... → 50277
        var authService = a.Component("auth_service", "Auth Service").Instances(50277);
        // 5,000,000 req/s × 1.2 headroom ÷ 150 per instance = 40000; at 50276: SD6004 Encryption Service: losing one of 50,276 Encryption Service (66.3% → 66.3% busy): P99 of reads from Encryption Service goes from 100 ms to 100 ms, over the 1... → 50277
        var encryptionService = a.Component("encryption_service", "Encryption Service").Instances(50277);
        // 5,000,000 req/s × 1.2 headroom ÷ 150 per instance = 40000; at 50276: SD6004 Compliance Engine: losing one of 50,276 Compliance Engine (66.3% → 66.3% busy): P99 of reads from Compliance Engine goes from 100 ms to 100 ms, over the 100 ... → 50277
        var complianceEngine = a.Component("compliance_engine", "Compliance Engine").Instances(50277);
        // 5,000,000 req/s × 1.2 headroom ÷ 150 per instance = 40000; at 50276: SD6004 Key Vault: losing one of 50,276 Key Vault (66.3% → 66.3% busy): P99 of reads from Key Vault goes from 100 ms to 100 ms, over the 100 ms target; P99 of writes... → 50277
        var keyVault = a.Component("key_vault", "Key Vault").Instances(50277);
        // one instance carries the load and no requirement asks for more → 1
        var auditLogger = a.Component("audit_logger", "Audit Logger").Instances(1);

        authService.ConnectsTo(auditLogger);
    }
}
