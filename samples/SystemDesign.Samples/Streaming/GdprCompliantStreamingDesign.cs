// Drafted by `sysdesign solve gdpr-compliant-streaming` (src/SystemDesign.Solver); regenerate, do not hand-edit the counts.
#pragma warning disable SD7001 // Consent Cache gets no traffic: nothing connects it to a client. Connect it from the component that uses it (an edge such as Calls, Reads or Writes to Consent Cache) or remove it.
namespace SystemDesign.Samples.Streaming;

/// <summary>
/// GDPR-Compliant Event Streaming (gdpr-compliant-streaming).
/// Goal: Build GDPR-compliant data streaming.
/// Topology: the catalog's reference solution. Cheapest passing counts found: $121,357/month.
/// </summary>
[Design("gdpr-compliant-streaming")]
public sealed class GdprCompliantStreamingDesign : IDesign
{
    public void Describe(ArchitectureBuilder a)
    {
        // the workload's source: users outside the system, not sized or billed
        var services = a.Component("redirect_client", "Services");
        // 100,000 req/s × 1.2 headroom ÷ 150 per instance = 800; every constraint at once needs 849 (the latency targets with one instance lost) → 849
        var privacyGateway = a.Component("app", "Privacy Gateway").Instances(849);
        // one instance carries the load and no requirement asks for more → 1
        var consentCache = a.Component("cache", "Consent Cache").Instances(1);
        // 200,000 req/s × 1.2 headroom ÷ 10,000 per instance = 24; at 26: SD6004 Privacy Gateway: losing one of 849 Privacy Gateway (78.5% → 78.6% busy): P95 of writes from Services goes from 99.65 ms to 100.04 ms, over the 100 ms target → 27
        var eventStream = a.Component("stream", "Event Stream").Instances(27).Parameter("partitions", 240);
        // 200,000 req/s × 1.2 headroom ÷ 1,000 per instance = 240 → 240
        var anonymizer = a.Component("worker", "Anonymizer").Instances(240);
        // 100,000 req/s × 1.2 headroom ÷ 10,000 per instance = 12; every constraint at once needs 13 (the latency targets with one instance lost); at 16: SD6004 Privacy Gateway: losing one of 849 Privacy Gateway (78.5% → 78.6% busy): P95 of writes from Services goes from 99.63 ms to 100.02 ms, over the 100...
        var deletionQueue = a.Component("queue", "Deletion Queue").Instances(17);
        // 200,000 req/s × 1.2 headroom ÷ 1,000 per instance = 240 → 240
        var auditLog = a.Component("db_primary", "Audit Log").Instances(240);
        // 100,000 req/s × 1.2 headroom ÷ 1,000 per instance = 120 → 120
        var deletionWorker = a.Component("worker", "Deletion Worker").Instances(120);

        services.ConnectsTo(privacyGateway);
        privacyGateway.ConnectsTo(consentCache);
        privacyGateway.ConnectsTo(eventStream);
        eventStream.ConnectsTo(anonymizer);
        anonymizer.ConnectsTo(auditLog);
        privacyGateway.ConnectsTo(deletionQueue);
        deletionQueue.ConnectsTo(deletionWorker);
        deletionWorker.ConnectsTo(eventStream);
    }
}
