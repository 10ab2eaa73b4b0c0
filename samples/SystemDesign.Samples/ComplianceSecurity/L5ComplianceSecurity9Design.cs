// Drafted by `sysdesign solve l5-compliance-security-9` (src/SystemDesign.Solver); regenerate, do not hand-edit the counts.
namespace SystemDesign.Samples.ComplianceSecurity;

/// <summary>
/// OneLogin Zero Trust Platform (l5-compliance-security-9).
/// Goal: Design zero trust solution for OneLogin supporting millions of users and thousands of engineers
/// Topology: built from the problem's palette (the catalog has no reference solution). Cheapest passing counts found: $12,684,270/month.
/// </summary>
[Design("l5-compliance-security-9")]
public sealed class L5ComplianceSecurity9Design : IDesign
{
    public void Describe(ArchitectureBuilder a)
    {
        // 4,500,000 req/s × 1.2 headroom ÷ 150 per instance = 36000; at 45248: SD6004 Auth Service: losing one of 45,248 Auth Service (66.3% → 66.3% busy): P99 of reads from Auth Service goes from 100 ms to 100 ms, over the 100 ms target; P99 ... → 45249
        var authService = a.Component("auth_service", "Auth Service").Instances(45249);
        // 4,500,000 req/s × 1.2 headroom ÷ 150 per instance = 36000; at 45248: SD6004 Encryption Service: losing one of 45,248 Encryption Service (66.3% → 66.3% busy): P99 of reads from Encryption Service goes from 100 ms to 100 ms, over the 1... → 45249
        var encryptionService = a.Component("encryption_service", "Encryption Service").Instances(45249);
        // 4,500,000 req/s × 1.2 headroom ÷ 150 per instance = 36000; at 45248: SD6004 Compliance Engine: losing one of 45,248 Compliance Engine (66.3% → 66.3% busy): P99 of reads from Compliance Engine goes from 100 ms to 100 ms, over the 100 ... → 45249
        var complianceEngine = a.Component("compliance_engine", "Compliance Engine").Instances(45249);
        // 4,500,000 req/s × 1.2 headroom ÷ 150 per instance = 36000; at 45248: SD6004 Key Vault: losing one of 45,248 Key Vault (66.3% → 66.3% busy): P99 of reads from Key Vault goes from 100 ms to 100 ms, over the 100 ms target; P99 of writes... → 45249
        var keyVault = a.Component("key_vault", "Key Vault").Instances(45249);
        // one instance carries the load and no requirement asks for more → 1
        var auditLogger = a.Component("audit_logger", "Audit Logger").Instances(1);

        authService.ConnectsTo(auditLogger);
    }
}
