// Drafted by `sysdesign solve medical-record-search` (src/SystemDesign.Solver); regenerate, do not hand-edit the counts.
namespace SystemDesign.Samples.Search;

/// <summary>
/// HIPAA-Compliant Medical Record Search (medical-record-search).
/// Goal: Enable clinical search with compliance.
/// Topology: the catalog's reference solution. Cheapest passing counts found: $6,017/month.
/// </summary>
[Design("medical-record-search")]
public sealed class MedicalRecordSearchDesign : IDesign
{
    public void Describe(ArchitectureBuilder a)
    {
        // the workload's source: users outside the system, not sized or billed
        var users = a.Component("redirect_client", "Users");
        // 5,000 req/s × 1.2 headroom ÷ 85,000 per instance = 1; at 1: SD4002 LB is a single point of failure: its load needs 1 of its 1 instance, so losing any one stops requests (99.99% available, registry lb: AWS Elastic Load Balanc... → 2
        var lB = a.Component("lb", "LB").Instances(2);
        // 5,000 req/s × 1.2 headroom ÷ 150 per instance = 40 → 40
        var aPIAuthZ = a.Component("app", "API + AuthZ").Instances(40);
        // 5,000 req/s × 1.2 headroom ÷ 1,000 per instance = 6; at 6: SD6004 Encryption: losing one of 6 Encryption (83.3% → 100% busy): P95 of reads from Users goes from 152.73 ms to unbounded, over the 300 ms target; P95 of writes f... → 7
        var encryption = a.Component("worker", "Encryption").Instances(7);
        // 500 req/s × 1.2 headroom ÷ 10,000 per instance = 1; at 1: SD4002 Audit Log is a single point of failure: its load needs 1 of its 1 instance, so losing any one stops requests (99.5% available, registry stream: AWS EC2 SLA, ... → 2
        var auditLog = a.Component("stream", "Audit Log").Instances(2);
        // 5,000 req/s × 1.2 headroom ÷ 500 per instance = 12 → 12
        var eMRIndex = a.Component("search", "EMR Index").Instances(12);
        // 5,000 req/s × 1.2 headroom ÷ 1,000 per instance = 6; at 6: SD6004 Patient DB: losing one of 6 Patient DB (83.3% → 100% busy): P95 of reads from Users goes from 152.73 ms to unbounded, over the 300 ms target; P95 of writes f... → 7
        var patientDB = a.Component("db_primary", "Patient DB").Instances(7);

        users.ConnectsTo(lB);
        lB.ConnectsTo(aPIAuthZ);
        aPIAuthZ.ConnectsTo(encryption);
        encryption.ConnectsTo(eMRIndex);
        aPIAuthZ.ConnectsTo(auditLog);
        eMRIndex.ConnectsTo(patientDB);
    }
}
