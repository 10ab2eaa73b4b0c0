namespace SystemDesign.Samples.Tests.Incidents;

/// <summary>
/// The incident of api-gateway-timeout-paradox, before the fix: the backend retries a 25 s call four times under a 30 s gateway.
/// </summary>
/// <remarks>
/// Seed 001, "### 36. API Gateway Timeout Paradox": a 30 s gateway timeout, a 25 s backend timeout, and requests on the
/// backend for 2+ minutes. 5 attempts × 25 s = 125 s, the seed's "2+ minutes" (the retry count is what the seed's figures
/// imply: 2 minutes ÷ 25 s), long after the gateway gave up at 30 s (SD7004).
/// </remarks>
[Incident("api-gateway-timeout-paradox", "SD7004")]
public sealed class ApiGatewayTimeoutParadoxIncident : IDesign
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
        backend.Reads(replica).Timeout(25_000).Retries(4).Backoff();
        primary.ReplicatesTo(replica);
    }
}
