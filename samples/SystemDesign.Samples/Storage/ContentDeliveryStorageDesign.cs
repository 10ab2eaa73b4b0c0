// Drafted by `sysdesign solve content-delivery-storage` (src/SystemDesign.Solver); regenerate, do not hand-edit the counts.
#pragma warning disable SD7001 // Tiering Queue gets no traffic: nothing connects it to a client. Connect it from the component that uses it (an edge such as Calls, Reads or Writes to Tiering Queue) or remove it. (and 1 more)
namespace SystemDesign.Samples.Storage;

/// <summary>
/// Video/Image CDN Storage (content-delivery-storage).
/// Goal: Optimize storage costs for media at scale.
/// Topology: the catalog's reference solution. Cheapest passing counts found: $1,582,368/month.
/// </summary>
[Design("content-delivery-storage")]
public sealed class ContentDeliveryStorageDesign : IDesign
{
    public void Describe(ArchitectureBuilder a)
    {
        // the workload's source: users outside the system, not sized or billed
        var users = a.Component("redirect_client", "Users");
        // 510,000 req/s × 1.2 headroom ÷ 250,000 per instance = 3; every constraint at once needs 4 (N+1: 510,000 ÷ 250,000 req/s below 100%, plus one instance to lose) → 4
        var cDN = a.Component("cdn", "CDN").Instances(4);
        // 110,000 req/s × 1.2 headroom ÷ 85,000 per instance = 2; every constraint at once needs 7 (CDN cold: 510,000 ÷ 85,000 req/s below 100%) → 7
        var lB = a.Component("lb", "LB").Instances(7);
        // 110,000 req/s × 1.2 headroom ÷ 150 per instance = 880; every constraint at once needs 3401 (CDN cold: 510,000 ÷ 150 req/s below 100%) → 3401
        var mediaAPI = a.Component("app", "Media API").Instances(3401);
        // 100,000 req/s × 1.2 headroom ÷ 100,000 per instance = 2; every constraint at once needs 6 (CDN cold: 500,000 ÷ 100,000 req/s below 100%) → 6
        var metadataCache = a.Component("cache", "Metadata Cache").Instances(6);
        // 10,000 req/s × 1.2 headroom ÷ 5,500 per instance = 3; every constraint at once needs 7 (CDN cold: 36,666.67 ÷ 5,500 req/s below 100%); tier T1 needs ≥ 3 object_store in all, across 3 components → 7
        var hotTierS3Standard = a.Component("object_store", "Hot Tier (S3 Standard)").Instances(7);
        // 10,000 req/s × 1.2 headroom ÷ 5,500 per instance = 3; every constraint at once needs 7 (CDN cold: 36,666.67 ÷ 5,500 req/s below 100%); tier T1 needs ≥ 3 object_store in all, across 3 components → 7
        var warmTierS3IA = a.Component("object_store", "Warm Tier (S3 IA)").Instances(7);
        // 10,000 req/s × 1.2 headroom ÷ 5,500 per instance = 3; every constraint at once needs 7 (CDN cold: 36,666.67 ÷ 5,500 req/s below 100%); tier T1 needs ≥ 3 object_store in all, across 3 components → 7
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
