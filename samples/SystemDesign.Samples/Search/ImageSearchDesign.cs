// Drafted by `sysdesign solve image-search` (src/SystemDesign.Solver); regenerate, do not hand-edit the counts.
namespace SystemDesign.Samples.Search;

/// <summary>
/// Image Search with Computer Vision (image-search).
/// Goal: Build Google Images-scale visual search.
/// Topology: the catalog's reference solution. Cheapest passing counts found: $96,508,718/month (budget $200,000,000).
/// Not applicable: the capacity gate (infeasible target): The peak, 10 × 100,000,000 = 1,000,000,000 req/s (constant spike_multiplier: 10; NFR Request Rate: 100M searches/sec, 1B during viral events), needs 6,666,667 instances of API at the registry's figures; SD0015 bounds one component at 1,000,000 instances, so no component of this palette carries th...
/// Not applicable: the resilience gate (infeasible target): Follows from the infeasible capacity target: the peak-burst scenario is that same peak, which no component held at SD0015's 1,000,000 instances carries (API among them); the instance-loss and cache-loss scenarios are not graded either, as for the other problems whose resilience follows from capac...
/// </summary>
[Design("image-search")]
public sealed class ImageSearchDesign : IDesign
{
    public void Describe(ArchitectureBuilder a)
    {
        // the workload's source: users outside the system, not sized or billed
        var users = a.Component("redirect_client", "Users");
        // 100,000,000 req/s × 1.2 headroom ÷ 85,000 per instance = 1412; every constraint at once needs 11765 (the peak: 10 × 100,000,000 ÷ 85,000 req/s, below 100%) → 1412
        var lB = a.Component("lb", "LB").Instances(1412);
        // 100,000,000 req/s × 1.2 headroom ÷ 150 per instance = 800000; every constraint at once needs 6666667 (the peak: 10 × 100,000,000 ÷ 150 req/s, below 100%) → 800000
        var aPI = a.Component("app", "API").Instances(800000);
        // 100,000,000 req/s × 1.2 headroom ÷ 1,000 per instance = 120000; every constraint at once needs 1000001 (the peak: 10 × 100,000,000 ÷ 1,000 req/s, below 100%) → 120000
        var cLIPService = a.Component("worker", "CLIP Service").Instances(120000);
        // 100,000,000 req/s × 1.2 headroom ÷ 100,000 per instance = 1200; every constraint at once needs 10001 (the peak: 10 × 100,000,000 ÷ 100,000 req/s, below 100%) → 1200
        var embeddingCache = a.Component("cache", "Embedding Cache").Instances(1200);
        // 100,000,000 req/s × 1.2 headroom ÷ 500 per instance = 240000; every constraint at once needs 2000001 (the peak: 10 × 100,000,000 ÷ 500 req/s, below 100%) → 240000
        var fAISS = a.Component("search", "FAISS").Instances(240000);
        // 100,000,000 req/s × 1.2 headroom ÷ 5,500 per instance = 21819; every constraint at once needs 181819 (the peak: 10 × 100,000,000 ÷ 5,500 req/s, below 100%) → 21819
        var s3Images = a.Component("object_store", "S3 Images").Instances(21819);

        users.ConnectsTo(lB);
        lB.ConnectsTo(aPI);
        aPI.ConnectsTo(cLIPService);
        aPI.ConnectsTo(embeddingCache);
        cLIPService.ConnectsTo(fAISS);
        fAISS.ConnectsTo(s3Images);
    }
}
