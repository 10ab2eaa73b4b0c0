// Drafted by `sysdesign solve l5-migration-snapchat-storage` (src/SystemDesign.Solver); regenerate, do not hand-edit the counts.
namespace SystemDesign.Samples.PlatformMigration;

/// <summary>
/// Snapchat Ephemeral Storage Migration (l5-migration-snapchat-storage).
/// Goal: Design new storage system for Snapchat optimized for ephemeral content serving 300M daily users
/// Topology: built from the problem's palette (the catalog has no reference solution). Cheapest passing counts found: $341,608/month.
/// </summary>
[Design("l5-migration-snapchat-storage")]
public sealed class L5MigrationSnapchatStorageDesign : IDesign
{
    public void Describe(ArchitectureBuilder a)
    {
        // 100,000 req/s × 1.2 headroom ÷ 250,000 per instance = 1 → 1
        var cDNCache = a.Component("cdn_cache", "CDN Cache").Instances(1);
        // 100,000 req/s × 1.2 headroom ÷ 150 per instance = 800; at 801: SD6004 Encryption Service: losing one of 801 Encryption Service (83.2% → 83.3% busy): P99 of writes from CDN Cache goes from 199.91 ms to 201.04 ms, over the 200 ms... → 802
        var encryptionService = a.Component("encryption_service", "Encryption Service").Instances(802);
        // 100,000 req/s × 1.2 headroom ÷ 1,000 per instance = 120 → 120
        var tTLManager = a.Component("ttl_manager", "TTL Manager").Instances(120);
        // 200,000 req/s × 1.2 headroom ÷ 4,000 per instance = 60; at 61: SD4001 The design serves 99.9% of requests (8.76 h down a year), below the 99.9% target (8.76 h a year; NFR Availability: 99.9% content availability) → 62
        var ephemeralStore = a.Component("ephemeral_store", "Ephemeral Store").Instances(62);
        // one instance carries the load and no requirement asks for more → 1
        var lifecycleManager = a.Component("lifecycle_manager", "Lifecycle Manager").Instances(1);

        cDNCache.ConnectsTo(encryptionService);
        encryptionService.Calls(tTLManager);
        encryptionService.Calls(ephemeralStore);
        tTLManager.Calls(ephemeralStore);
        encryptionService.ConnectsTo(lifecycleManager);
    }
}
