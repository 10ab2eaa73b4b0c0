// Drafted by `sysdesign solve compression-gateway` (src/SystemDesign.Solver); regenerate, do not hand-edit the counts.
namespace SystemDesign.Samples.Gateway;

/// <summary>
/// Compression Gateway (compression-gateway).
/// Goal: Compress responses to save bandwidth.
/// Topology: the catalog's reference solution. Cheapest passing counts found: $27,377/month.
/// </summary>
[Design("compression-gateway")]
public sealed class CompressionGatewayDesign : IDesign
{
    public void Describe(ArchitectureBuilder a)
    {
        // the workload's source: users outside the system, not sized or billed
        var webClients = a.Component("redirect_client", "Web Clients");
        // 6,000 req/s × 1.2 headroom ÷ 250,000 per instance = 1 → 1
        var cDN = a.Component("cdn", "CDN").Instances(1);
        // 6,000 req/s × 1.2 headroom ÷ 85,000 per instance = 1 → 1
        var loadBalancer = a.Component("lb", "Load Balancer").Instances(1);
        // 7,680 req/s × 1.2 headroom ÷ 150 per instance = 62; every constraint at once needs 81 (CDN cold: 12,000 ÷ 150 req/s below 100%) → 81
        var compressionGW = a.Component("app", "Compression GW").Instances(81);
        // 6,480 req/s × 1.2 headroom ÷ 100,000 per instance = 1 → 1
        var compressedCache = a.Component("cache", "Compressed Cache").Instances(1);
        // 7,680 req/s × 1.2 headroom ÷ 150 per instance = 62; every constraint at once needs 81 (CDN cold: 12,000 ÷ 150 req/s below 100%) → 81
        var aPIServices = a.Component("app", "API Services").Instances(81);

        webClients.ConnectsTo(cDN);
        webClients.ConnectsTo(loadBalancer);
        cDN.ConnectsTo(compressionGW);
        loadBalancer.ConnectsTo(compressionGW);
        compressionGW.ConnectsTo(compressedCache);
        compressionGW.ConnectsTo(aPIServices);
    }
}
