// Drafted by `sysdesign solve healthcare-records` (src/SystemDesign.Solver); regenerate, do not hand-edit the counts.
#pragma warning disable SD7001 // Audit Log Queue gets no traffic: nothing connects it to a client. Connect it from the component that uses it (an edge such as Calls, Reads or Writes to Audit Log Queue) or remove it.
namespace SystemDesign.Samples.Storage;

/// <summary>
/// Healthcare Records System (healthcare-records).
/// Goal: Learn compliance and security requirements.
/// Topology: the catalog's reference solution. Cheapest passing counts found: $3,968/month.
/// </summary>
[Design("healthcare-records")]
public sealed class HealthcareRecordsDesign : IDesign
{
    public void Describe(ArchitectureBuilder a)
    {
        // the workload's source: users outside the system, not sized or billed
        var eHRSystems = a.Component("redirect_client", "EHR Systems");
        // 5,000 req/s × 1.2 headroom ÷ 85,000 per instance = 1; every constraint at once needs 2 (N+1: 5,000 ÷ 85,000 req/s below 100%, plus one instance to lose) → 2
        var lB = a.Component("lb", "LB").Instances(2);
        // 5,000 req/s × 1.2 headroom ÷ 150 per instance = 40 → 40
        var recordsAPI = a.Component("app", "Records API").Instances(40);
        // 5,000 req/s × 1.2 headroom ÷ 1,000 per instance = 6; every constraint at once needs 7 (N+1: 5,000 ÷ 1,000 req/s below 100%, plus one instance to lose) → 7
        var encryptedPostgreSQL = a.Component("db_primary", "Encrypted PostgreSQL").Instances(7);
        // one instance carries the load and no requirement asks for more → 1
        var auditLogQueue = a.Component("queue", "Audit Log Queue").Instances(1);
        // 5,000 req/s × 1.2 headroom ÷ 5,500 per instance = 2 → 2
        var encryptedS3 = a.Component("storage", "Encrypted S3").Instances(2);

        eHRSystems.ConnectsTo(lB);
        lB.ConnectsTo(recordsAPI);
        recordsAPI.ConnectsTo(encryptedPostgreSQL);
        recordsAPI.ConnectsTo(auditLogQueue);
        encryptedPostgreSQL.ConnectsTo(encryptedS3);
    }
}
