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
        // 5,500,000 req/s × 1.2 headroom ÷ 150 per instance = 44000; at 55303: SD6004 Auth Service: losing one of 55,303 Auth Service (66.3% → 66.3% busy): P99 of reads from Auth Service goes from 100 ms to 100 ms, over the 100 ms target; P99 ... → 55304
        var authService = a.Component("auth_service", "Auth Service").Instances(55304);
        // 5,500,000 req/s × 1.2 headroom ÷ 150 per instance = 44000; at 55303: SD6004 Encryption Service: losing one of 55,303 Encryption Service (66.3% → 66.3% busy): P99 of reads from Encryption Service goes from 100 ms to 100 ms, over the 1... → 55304
        var encryptionService = a.Component("encryption_service", "Encryption Service").Instances(55304);
        // 5,500,000 req/s × 1.2 headroom ÷ 150 per instance = 44000; at 55303: SD6004 Compliance Engine: losing one of 55,303 Compliance Engine (66.3% → 66.3% busy): P99 of reads from Compliance Engine goes from 100 ms to 100 ms, over the 100 ... → 55304
        var complianceEngine = a.Component("compliance_engine", "Compliance Engine").Instances(55304);
        // 5,500,000 req/s × 1.2 headroom ÷ 150 per instance = 44000; at 55303: SD6004 Key Vault: losing one of 55,303 Key Vault (66.3% → 66.3% busy): P99 of reads from Key Vault goes from 100 ms to 100 ms, over the 100 ms target; P99 of writes... → 55304
        var keyVault = a.Component("key_vault", "Key Vault").Instances(55304);
        // one instance carries the load and no requirement asks for more → 1
        var auditLogger = a.Component("audit_logger", "Audit Logger").Instances(1);

        authService.ConnectsTo(auditLogger);
    }
}
