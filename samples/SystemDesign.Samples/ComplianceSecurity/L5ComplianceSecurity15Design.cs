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
        // 6,000,000 req/s × 1.2 headroom ÷ 150 per instance = 48000; at 60331: SD6004 Auth Service: losing one of 60,331 Auth Service (66.3% → 66.3% busy): P99 of reads from Auth Service goes from 100 ms to 100 ms, over the 100 ms target; P99 ... → 60332
        var authService = a.Component("auth_service", "Auth Service").Instances(60332);
        // 6,000,000 req/s × 1.2 headroom ÷ 150 per instance = 48000; at 60331: SD6004 Encryption Service: losing one of 60,331 Encryption Service (66.3% → 66.3% busy): P99 of reads from Encryption Service goes from 100 ms to 100 ms, over the 1... → 60332
        var encryptionService = a.Component("encryption_service", "Encryption Service").Instances(60332);
        // 6,000,000 req/s × 1.2 headroom ÷ 150 per instance = 48000; at 60331: SD6004 Compliance Engine: losing one of 60,331 Compliance Engine (66.3% → 66.3% busy): P99 of reads from Compliance Engine goes from 100 ms to 100 ms, over the 100 ... → 60332
        var complianceEngine = a.Component("compliance_engine", "Compliance Engine").Instances(60332);
        // 6,000,000 req/s × 1.2 headroom ÷ 150 per instance = 48000; at 60331: SD6004 Key Vault: losing one of 60,331 Key Vault (66.3% → 66.3% busy): P99 of reads from Key Vault goes from 100 ms to 100 ms, over the 100 ms target; P99 of writes... → 60332
        var keyVault = a.Component("key_vault", "Key Vault").Instances(60332);
        // one instance carries the load and no requirement asks for more → 1
        var auditLogger = a.Component("audit_logger", "Audit Logger").Instances(1);

        authService.ConnectsTo(auditLogger);
    }
}
