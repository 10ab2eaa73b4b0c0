// Drafted by `sysdesign solve realtime-ml-feature-store` (src/SystemDesign.Solver); regenerate, do not hand-edit the counts.
#pragma warning disable SD7001 // Event Stream gets no traffic: nothing connects it to a client. Connect it from the component that uses it (an edge such as Calls, Reads or Writes to Event Stream) or remove it. (and 2 more)
namespace SystemDesign.Samples.Streaming;

/// <summary>
/// Real-time ML Feature Store (realtime-ml-feature-store).
/// Goal: Build Feast-style feature platform.
/// Topology: the catalog's reference solution. Cheapest passing counts found: $587,064/month.
/// </summary>
[Design("realtime-ml-feature-store")]
public sealed class RealtimeMlFeatureStoreDesign : IDesign
{
    public void Describe(ArchitectureBuilder a)
    {
        // the workload's source: users outside the system, not sized or billed
        var mLServices = a.Component("redirect_client", "ML Services");
        // 1,000,000 req/s × 1.2 headroom ÷ 85,000 per instance = 15 → 15
        var featureLB = a.Component("lb", "Feature LB").Instances(15);
        // 1,000,000 req/s × 1.2 headroom ÷ 150 per instance = 8000; tier T3 needs ≥ 200 app → 8000
        var featureAPI = a.Component("app", "Feature API").Instances(8000);
        // 450,000 req/s × 1.2 headroom ÷ 100,000 per instance = 6 → 6
        var featureCache = a.Component("cache", "Feature Cache").Instances(6);
        // one instance carries the load and no requirement asks for more → 1
        var eventStream = a.Component("stream", "Event Stream").Instances(1).Parameter("partitions", 50);
        // tier T2 needs ≥ 50 worker → 50
        var featureProcessors = a.Component("worker", "Feature Processors").Instances(50);
        // one instance carries the load and no requirement asks for more → 1
        var offlineStore = a.Component("db_primary", "Offline Store").Instances(1);
        // 450,000 req/s × 1.2 headroom ÷ 100,000 per instance = 6 → 6
        var registry = a.Component("cache", "Registry").Instances(6);

        mLServices.ConnectsTo(featureLB);
        featureLB.ConnectsTo(featureAPI);
        featureAPI.ConnectsTo(featureCache);
        eventStream.ConnectsTo(featureProcessors);
        featureProcessors.ConnectsTo(featureCache);
        featureProcessors.ConnectsTo(offlineStore);
        featureAPI.ConnectsTo(registry);
    }
}
