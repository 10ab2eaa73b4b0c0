// Drafted by `sysdesign solve compression-gateway` (src/SystemDesign.Solver); regenerate, do not hand-edit the counts.
namespace SystemDesign.Samples.Gateway;

/// <summary>
/// Compression Gateway (compression-gateway).
/// Goal: Compress responses to save bandwidth.
/// Topology: the catalog's reference solution. Cheapest passing counts found: $11,571/month.
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
        // 6,000 req/s × 1.2 headroom ÷ 85,000 per instance = 1; at 1: SD4002 Load Balancer is a single point of failure: its load needs 1 of its 1 instance, so losing any one stops requests (99.99% available, registry lb: AWS Elastic ... → 2
        var loadBalancer = a.Component("lb", "Load Balancer").Instances(2);
        // 7,680 req/s × 1.2 headroom ÷ 150 per instance = 62; at 79: SD6002 If CDN is lost or cold (hit rate 80% → 0), Compression GW goes from 7,680 to 12,000 req/s against 11,850 req/s capacity (101.3%); 80 instances carry it → 80
        var compressionGW = a.Component("app", "Compression GW").Instances(80);
        // 6,480 req/s × 1.2 headroom ÷ 100,000 per instance = 1 → 1
        var compressedCache = a.Component("cache", "Compressed Cache").Instances(1);
        // 7,680 req/s × 1.2 headroom ÷ 150 per instance = 62; at 79: SD6002 If CDN is lost or cold (hit rate 80% → 0), API Services goes from 7,680 to 12,000 req/s against 11,850 req/s capacity (101.3%); 80 instances carry it → 80
        var aPIServices = a.Component("app", "API Services").Instances(80);

        webClients.ConnectsTo(cDN);
        webClients.ConnectsTo(loadBalancer);
        cDN.ConnectsTo(compressionGW);
        loadBalancer.ConnectsTo(compressionGW);
        compressionGW.ConnectsTo(compressedCache);
        compressionGW.ConnectsTo(aPIServices);
    }
}
