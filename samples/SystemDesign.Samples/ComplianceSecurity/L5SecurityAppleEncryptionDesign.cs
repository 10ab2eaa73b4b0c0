// Drafted by `sysdesign solve l5-security-apple-encryption` (src/SystemDesign.Solver); regenerate, do not hand-edit the counts.
namespace SystemDesign.Samples.ComplianceSecurity;

/// <summary>
/// Apple End-to-End Encryption Platform (l5-security-apple-encryption).
/// Goal: Build end-to-end encryption platform for iCloud serving 1B devices
/// Topology: built from the problem's palette (the catalog has no reference solution). Cheapest passing counts found: $434/month.
/// </summary>
[Design("l5-security-apple-encryption")]
public sealed class L5SecurityAppleEncryptionDesign : IDesign
{
    public void Describe(ArchitectureBuilder a)
    {
        // one instance carries the load and no requirement asks for more → 1
        var hSMCluster = a.Component("hsm_cluster", "HSM Cluster").Instances(1);
        // one instance carries the load and no requirement asks for more → 1
        var keyService = a.Component("key_service", "Key Service").Instances(1);
        // one instance carries the load and no requirement asks for more → 1
        var secureEnclave = a.Component("secure_enclave", "Secure Enclave").Instances(1);
        // one instance carries the load and no requirement asks for more → 1
        var complianceEngine = a.Component("compliance_engine", "Compliance Engine").Instances(1);
        // one instance carries the load and no requirement asks for more → 1
        var auditLog = a.Component("audit_log", "Audit Log").Instances(1);

        hSMCluster.Publishes(auditLog);
        keyService.Publishes(auditLog);
        secureEnclave.Publishes(auditLog);
        complianceEngine.Publishes(auditLog);
        hSMCluster.Consumes(auditLog);
        keyService.Consumes(auditLog);
        secureEnclave.Consumes(auditLog);
        complianceEngine.Consumes(auditLog);
    }
}
