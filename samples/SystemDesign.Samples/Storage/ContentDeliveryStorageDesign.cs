// Drafted by `sysdesign solve content-delivery-storage` (src/SystemDesign.Solver); regenerate, do not hand-edit the counts.
#pragma warning disable SD7001 // Tiering Queue gets no traffic: nothing connects it to a client. Connect it from the component that uses it (an edge such as Calls, Reads or Writes to Tiering Queue) or remove it. (and 1 more)
namespace SystemDesign.Samples.Storage;

/// <summary>
/// Video/Image CDN Storage (content-delivery-storage).
/// Goal: Optimize storage costs for media at scale.
/// Topology: the catalog's reference solution. Cheapest passing counts found: $240,410/month.
/// </summary>
[Design("content-delivery-storage")]
public sealed class ContentDeliveryStorageDesign : IDesign
{
    public void Describe(ArchitectureBuilder a)
    {
        // the workload's source: users outside the system, not sized or billed
        var users = a.Component("redirect_client", "Users");
        // 510,000 req/s × 1.2 headroom ÷ 250,000 per instance = 3; at 3: SD6001 CDN: losing one of 3 CDN leaves 500,000 req/s for 510,000 req/s (102%); 4 instances survive the loss of one (N+1: 510,000 ÷ 250,000 rounded up, plus one) → 4
        var cDN = a.Component("cdn", "CDN").Instances(4);
        // 110,000 req/s × 1.2 headroom ÷ 85,000 per instance = 2; at 5: SD6002 If CDN is lost or cold (hit rate 80% → 0), LB goes from 110,000 to 510,000 req/s against 425,000 req/s capacity (120%); 6 instances carry it → 6
        var lB = a.Component("lb", "LB").Instances(6);
        // 110,000 req/s × 1.2 headroom ÷ 150 per instance = 880; at 3399: SD6002 If CDN is lost or cold (hit rate 80% → 0), Media API goes from 110,000 to 510,000 req/s against 509,850 req/s capacity (100%); 3,400 instances carry it → 3400
        var mediaAPI = a.Component("app", "Media API").Instances(3400);
        // 100,000 req/s × 1.2 headroom ÷ 100,000 per instance = 2; at 4: SD6002 If CDN is lost or cold (hit rate 80% → 0), Metadata Cache goes from 100,000 to 500,000 req/s against 400,000 req/s capacity (125%); 5 instances carry it → 5
        var metadataCache = a.Component("cache", "Metadata Cache").Instances(5);
        // 10,000 req/s × 1.2 headroom ÷ 5,500 per instance = 3; tier T1 needs ≥ 3 object_store; at 6: SD6002 If CDN is lost or cold (hit rate 80% → 0), Hot Tier (S3 Standard) goes from 10,000 to 36,666.67 req/s against 33,000 req/s capacity (111.1%); 7 instances car... → 7
        var hotTierS3Standard = a.Component("object_store", "Hot Tier (S3 Standard)").Instances(7);
        // 10,000 req/s × 1.2 headroom ÷ 5,500 per instance = 3; tier T1 needs ≥ 3 object_store; at 6: SD6002 If CDN is lost or cold (hit rate 80% → 0), Warm Tier (S3 IA) goes from 10,000 to 36,666.67 req/s against 33,000 req/s capacity (111.1%); 7 instances carry it → 7
        var warmTierS3IA = a.Component("object_store", "Warm Tier (S3 IA)").Instances(7);
        // 10,000 req/s × 1.2 headroom ÷ 5,500 per instance = 3; tier T1 needs ≥ 3 object_store; at 6: SD6002 If CDN is lost or cold (hit rate 80% → 0), Cold Tier (Glacier) goes from 10,000 to 36,666.67 req/s against 33,000 req/s capacity (111.1%); 7 instances carry it → 7
        var coldTierGlacier = a.Component("object_store", "Cold Tier (Glacier)").Instances(7);
        // one instance carries the load and no requirement asks for more → 1
        var tieringQueue = a.Component("queue", "Tiering Queue").Instances(1);
        // one instance carries the load and no requirement asks for more → 1
        var tierMigration = a.Component("worker", "Tier Migration").Instances(1);

        users.ConnectsTo(cDN);
        cDN.ConnectsTo(lB);
        lB.ConnectsTo(mediaAPI);
        mediaAPI.ConnectsTo(metadataCache);
        mediaAPI.ConnectsTo(hotTierS3Standard);
        mediaAPI.ConnectsTo(warmTierS3IA);
        mediaAPI.ConnectsTo(coldTierGlacier);
        tieringQueue.ConnectsTo(tierMigration);
        tierMigration.ConnectsTo(hotTierS3Standard);
        tierMigration.ConnectsTo(warmTierS3IA);
        tierMigration.ConnectsTo(coldTierGlacier);
    }
}
