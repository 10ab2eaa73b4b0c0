// Drafted by `sysdesign solve medical-record-search` (src/SystemDesign.Solver); regenerate, do not hand-edit the counts.
namespace SystemDesign.Samples.Search;

/// <summary>
/// HIPAA-Compliant Medical Record Search (medical-record-search).
/// Goal: Enable clinical search with compliance.
/// Topology: the catalog's reference solution. Cheapest passing counts found: $6,111/month.
/// </summary>
[Design("medical-record-search")]
public sealed class MedicalRecordSearchDesign : IDesign
{
    public void Describe(ArchitectureBuilder a)
    {
        // the workload's source: users outside the system, not sized or billed
        var users = a.Component("redirect_client", "Users");
        // 5,000 req/s × 1.2 headroom ÷ 85,000 per instance = 1; every constraint at once needs 2 (N+1: 5,000 ÷ 85,000 req/s below 100%, plus one instance to lose) → 2
        var lB = a.Component("lb", "LB").Instances(2);
        // 5,000 req/s × 1.2 headroom ÷ 150 per instance = 40 → 40
        var aPIAuthZ = a.Component("app", "API + AuthZ").Instances(40);
        // 5,000 req/s × 1.2 headroom ÷ 1,000 per instance = 6; every constraint at once needs 7 (N+1: 5,000 ÷ 1,000 req/s below 100%, plus one instance to lose) → 7
        var encryption = a.Component("worker", "Encryption").Instances(7);
        // 500 req/s × 1.2 headroom ÷ 10,000 per instance = 1; every constraint at once needs 2 (N+1: 500 ÷ 10,000 req/s below 100%, plus one instance to lose) → 2
        var auditLog = a.Component("stream", "Audit Log").Instances(2);
        // 5,000 req/s × 1.2 headroom ÷ 500 per instance = 12 → 12
        var eMRIndex = a.Component("search", "EMR Index").Instances(12);
        // 5,000 req/s × 1.2 headroom ÷ 1,000 per instance = 6; every constraint at once needs 7 (N+1: 5,000 ÷ 1,000 req/s below 100%, plus one instance to lose) → 7
        var patientDB = a.Component("db_primary", "Patient DB").Instances(7);

        users.ConnectsTo(lB);
        lB.ConnectsTo(aPIAuthZ);
        aPIAuthZ.ConnectsTo(encryption);
        encryption.ConnectsTo(eMRIndex);
        aPIAuthZ.ConnectsTo(auditLog);
        eMRIndex.ConnectsTo(patientDB);
    }
}
