// Drafted by `sysdesign solve file-metadata-store` (src/SystemDesign.Solver); regenerate, do not hand-edit the counts.
namespace SystemDesign.Samples.Storage;

/// <summary>
/// File Metadata Store (file-metadata-store).
/// Goal: Learn metadata modeling for file systems.
/// Topology: the catalog's reference solution. Cheapest passing counts found: $71,567/month.
/// </summary>
[Design("file-metadata-store")]
public sealed class FileMetadataStoreDesign : IDesign
{
    public void Describe(ArchitectureBuilder a)
    {
        // the workload's source: users outside the system, not sized or billed
        var fSClients = a.Component("redirect_client", "FS Clients");
        // 100,000 req/s × 1.2 headroom ÷ 85,000 per instance = 2; every constraint at once needs 3 (N+1: 100,000 ÷ 85,000 req/s below 100%, plus one instance to lose) → 3
        var lB = a.Component("lb", "LB").Instances(3);
        // 100,000 req/s × 1.2 headroom ÷ 150 per instance = 800 → 800
        var metadataService = a.Component("app", "Metadata Service").Instances(800);
        // 90,000 req/s × 1.2 headroom ÷ 100,000 per instance = 2 → 2
        var pathCache = a.Component("cache", "Path Cache").Instances(2);
        // 28,000 req/s × 1.2 headroom ÷ 1,000 per instance = 34; every constraint at once needs 101 (Path Cache cold: 100,000 ÷ 1,000 req/s below 100%) → 101
        var mySQLSharded = a.Component("db_primary", "MySQL Sharded").Instances(101);

        fSClients.ConnectsTo(lB);
        lB.ConnectsTo(metadataService);
        metadataService.ConnectsTo(pathCache);
        metadataService.ConnectsTo(mySQLSharded);
    }
}
