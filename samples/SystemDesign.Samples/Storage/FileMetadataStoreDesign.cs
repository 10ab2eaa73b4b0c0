// Drafted by `sysdesign solve file-metadata-store` (src/SystemDesign.Solver); regenerate, do not hand-edit the counts.
namespace SystemDesign.Samples.Storage;

/// <summary>
/// File Metadata Store (file-metadata-store).
/// Goal: Learn metadata modeling for file systems.
/// Topology: the catalog's reference solution. Cheapest passing counts found: $69,353/month.
/// </summary>
[Design("file-metadata-store")]
public sealed class FileMetadataStoreDesign : IDesign
{
    public void Describe(ArchitectureBuilder a)
    {
        // the workload's source: users outside the system, not sized or billed
        var fSClients = a.Component("redirect_client", "FS Clients");
        // 100,000 req/s × 1.2 headroom ÷ 85,000 per instance = 2; at 2: SD6001 LB: losing one of 2 LB leaves 85,000 req/s for 100,000 req/s (117.6%), so 85% of requests are served while it lasts; 3 instances survive the loss of one (N+1... → 3
        var lB = a.Component("lb", "LB").Instances(3);
        // 100,000 req/s × 1.2 headroom ÷ 150 per instance = 800 → 800
        var metadataService = a.Component("app", "Metadata Service").Instances(800);
        // 90,000 req/s × 1.2 headroom ÷ 100,000 per instance = 2 → 2
        var pathCache = a.Component("cache", "Path Cache").Instances(2);
        // 28,000 req/s × 1.2 headroom ÷ 1,000 per instance = 34; at 99: SD6002 If Path Cache is lost or cold (hit rate 80% → 0), MySQL Sharded goes from 28,000 to 100,000 req/s against 99,000 req/s capacity (101%); 100 instances carry it → 100
        var mySQLSharded = a.Component("db_primary", "MySQL Sharded").Instances(100);

        fSClients.ConnectsTo(lB);
        lB.ConnectsTo(metadataService);
        metadataService.ConnectsTo(pathCache);
        metadataService.ConnectsTo(mySQLSharded);
    }
}
