// Drafted by `sysdesign solve multiregion-cache` (src/SystemDesign.Solver); regenerate, do not hand-edit the counts.
#pragma warning disable SD7003 // US Cache receives 300,000 reads/s and 166,666.67 writes/s it has no edge to pass on. Connect it to what serves them. (and 2 more)
namespace SystemDesign.Samples.Multiregion;

/// <summary>
/// Multi-Region Cache with Invalidation (multiregion-cache).
/// Goal: Consistent cache across regions.
/// Topology: the catalog's reference solution. Cheapest passing counts found: $2,925,657/month.
/// </summary>
[Design("multiregion-cache")]
public sealed class MultiregionCacheDesign : IDesign
{
    public void Describe(ArchitectureBuilder a)
    {
        // the workload's source: users outside the system, not sized or billed
        var users = a.Component("redirect_client", "Users");
        // 5,000,000 req/s × 1.2 headroom ÷ 85,000 per instance = 71 → 71
        var lB = a.Component("lb", "LB").Instances(71);
        // 1,666,667 req/s × 1.2 headroom ÷ 150 per instance = 13334 → 13334
        var uS = a.Component("app", "US").Instances(13334);
        // 1,666,667 req/s × 1.2 headroom ÷ 150 per instance = 13334 → 13334
        var eU = a.Component("app", "EU").Instances(13334);
        // 1,666,667 req/s × 1.2 headroom ÷ 150 per instance = 13334 → 13334
        var aP = a.Component("app", "AP").Instances(13334);
        // 1,666,667 req/s × 1.2 headroom ÷ 100,000 per instance = 20; tier T0 needs ≥ 3 cache in all, across 3 components → 20
        var uSCache = a.Component("cache", "US Cache").Instances(20);
        // 1,666,667 req/s × 1.2 headroom ÷ 100,000 per instance = 20; tier T0 needs ≥ 3 cache in all, across 3 components → 20
        var eUCache = a.Component("cache", "EU Cache").Instances(20);
        // 1,666,667 req/s × 1.2 headroom ÷ 100,000 per instance = 20; tier T0 needs ≥ 3 cache in all, across 3 components → 20
        var aPCache = a.Component("cache", "AP Cache").Instances(20);
        // 500,000 req/s × 1.2 headroom ÷ 10,000 per instance = 60 → 60
        var invalidationBus = a.Component("stream", "Invalidation Bus").Instances(60);

        users.ConnectsTo(lB);
        lB.ConnectsTo(uS);
        lB.ConnectsTo(eU);
        lB.ConnectsTo(aP);
        uS.ConnectsTo(uSCache);
        eU.ConnectsTo(eUCache);
        aP.ConnectsTo(aPCache);
        uSCache.ConnectsTo(invalidationBus);
        eUCache.ConnectsTo(invalidationBus);
        aPCache.ConnectsTo(invalidationBus);
    }
}
