// Drafted by `sysdesign solve healthcare-data-stream-hipaa` (src/SystemDesign.Solver); regenerate, do not hand-edit the counts.
#pragma warning disable SD7001 // Permissions gets no traffic: nothing connects it to a client. Connect it from the component that uses it (an edge such as Calls, Reads or Writes to Permissions) or remove it.
namespace SystemDesign.Samples.Streaming;

/// <summary>
/// Healthcare Data Stream (HIPAA) (healthcare-data-stream-hipaa).
/// Goal: Build Epic-style health data exchange.
/// Topology: the catalog's reference solution. Cheapest passing counts found: $85,013/month.
/// </summary>
[Design("healthcare-data-stream-hipaa")]
public sealed class HealthcareDataStreamHipaaDesign : IDesign
{
    public void Describe(ArchitectureBuilder a)
    {
        // the workload's source: users outside the system, not sized or billed
        var healthcareSystems = a.Component("redirect_client", "Healthcare Systems");
        // 100,000 req/s × 1.2 headroom ÷ 85,000 per instance = 2; every constraint at once needs 3 (N+1: 100,000 ÷ 85,000 req/s below 100%, plus one instance to lose) → 3
        var secureGateway = a.Component("lb", "Secure Gateway").Instances(3);
        // 100,000 req/s × 1.2 headroom ÷ 150 per instance = 800 → 800
        var encryptionLayer = a.Component("app", "Encryption Layer").Instances(800);
        // 100,000 req/s × 1.2 headroom ÷ 10,000 per instance = 12 → 12
        var fHIRStream = a.Component("stream", "FHIR Stream").Instances(12).Parameter("partitions", 120);
        // one instance carries the load and no requirement asks for more → 1
        var permissions = a.Component("cache", "Permissions").Instances(1);
        // 100,000 req/s × 1.2 headroom ÷ 1,000 per instance = 120 → 120
        var clinicalWorkers = a.Component("worker", "Clinical Workers").Instances(120);
        // 100,000 req/s × 1.2 headroom ÷ 1,000 per instance = 120 → 120
        var auditLog = a.Component("db_primary", "Audit Log").Instances(120);
        // 100,000 req/s × 1.2 headroom ÷ 10,000 per instance = 12 → 12
        var alertQueue = a.Component("queue", "Alert Queue").Instances(12);

        healthcareSystems.ConnectsTo(secureGateway);
        secureGateway.ConnectsTo(encryptionLayer);
        encryptionLayer.ConnectsTo(fHIRStream);
        fHIRStream.ConnectsTo(clinicalWorkers);
        clinicalWorkers.ConnectsTo(permissions);
        clinicalWorkers.ConnectsTo(auditLog);
        clinicalWorkers.ConnectsTo(alertQueue);
    }
}
