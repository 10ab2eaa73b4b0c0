// Hand-written (issue 12): it states the case's timeouts and retries, which the solver only adds where a finding proposes them; the solver drafts nothing beside it (SampleFiles.HandWritten). In the root namespace, like PersonalBlog, so the
// drafted-design checks (DraftedDesignsInStepTests, catalog/cheapest-designs.json) leave it alone.
namespace SystemDesign.Samples;

/// <summary>
/// api-gateway-timeout-paradox, after the fix (seed 001, "### 36. API Gateway Timeout Paradox"): the gateway keeps its
/// 30 s timeout, and the backend's attempts on its dependency fit inside it: 3 attempts × 9 s = 27 s ≤ 30 s (SD7004),
/// with backoff (SD7005). Only the reads are retried; the writes are not, so no idempotency key is needed (SD7007).
/// </summary>
[Design("api-gateway-timeout-paradox")]
public sealed class ApiGatewayTimeoutParadox : IDesign
{
    public void Describe(ArchitectureBuilder a)
    {
        var clients = a.Client("Clients");
        var gateway = a.ApiGateway("API Gateway").Instances(2);
        var backend = a.App("Backend Service").Instances(2);
        var primary = a.DbPrimary("Primary DB").Instances(2);
        var replica = a.DbReplica("Read Replica").Instances(2);

        clients.Calls(gateway);
        gateway.Calls(backend).Timeout(30_000);
        backend.Writes(primary);
        backend.Reads(replica).Timeout(9_000).Retries(2).Backoff();
        primary.ReplicatesTo(replica);
    }
}
