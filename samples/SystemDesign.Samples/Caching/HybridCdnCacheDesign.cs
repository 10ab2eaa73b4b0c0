// Drafted by `sysdesign solve hybrid-cdn-cache` (src/SystemDesign.Solver); regenerate, do not hand-edit the counts.
namespace SystemDesign.Samples.Caching;

/// <summary>
/// Netflix Hybrid CDN Architecture (hybrid-cdn-cache).
/// Goal: Minimize backbone traffic with edge caching.
/// Topology: the catalog's reference solution. Cheapest passing counts found: $1,009/month.
/// </summary>
[Design("hybrid-cdn-cache")]
public sealed class HybridCdnCacheDesign : IDesign
{
    public void Describe(ArchitectureBuilder a)
    {
        // the workload's source: users outside the system, not sized or billed
        var viewers = a.Component("redirect_client", "Viewers");
        // at 1: SD4002 ISP Cache is a single point of failure: its load needs 1 of its 1 instance, so losing any one stops requests (99.9% available, registry cdn: AWS CloudFront S... → 2
        var iSPCache = a.Component("cdn", "ISP Cache").Instances(2);
        // at 1: SD4001 The design serves 99.89% of requests (9.21 h down a year), below the 99.99% target (52.56 min a year; NFR Availability: 99.99% stream availability) → 2
        var peerCache = a.Component("cdn", "Peer Cache").Instances(2);
        // at 1: SD4002 Edge LB is a single point of failure: its load needs 1 of its 1 instance, so losing any one stops requests (99.99% available, registry lb: AWS Elastic Load B... → 2
        var edgeLB = a.Component("lb", "Edge LB").Instances(2);
        // at 1: SD4002 Stream Control is a single point of failure: its load needs 1 of its 1 instance, so losing any one stops requests (99.5% available, registry app: AWS EC2 SLA... → 2
        var streamControl = a.Component("app", "Stream Control").Instances(2);
        // tier T1 needs ≥ 3 cache → 3
        var midTierCache = a.Component("cache", "Mid-Tier Cache").Instances(3);
        // at 1: SD4002 Origin Storage is a single point of failure: its load needs 1 of its 1 instance, so losing any one stops requests (99.99% available, registry object_store: A... → 2
        var originStorage = a.Component("object_store", "Origin Storage").Instances(2);
        // one instance carries the load and no requirement asks for more → 1
        var placementQueue = a.Component("queue", "Placement Queue").Instances(1);
        // at 1: SD4002 P2P Coordination is a single point of failure: its load needs 1 of its 1 instance, so losing any one stops requests (99.5% available, registry stream: AWS EC... → 2
        var p2PCoordination = a.Component("stream", "P2P Coordination").Instances(2);
        // one instance carries the load and no requirement asks for more → 1
        var mLPlacement = a.Component("worker", "ML Placement").Instances(1);

        viewers.ConnectsTo(iSPCache);
        viewers.ConnectsTo(peerCache);
        iSPCache.ConnectsTo(edgeLB);
        peerCache.ConnectsTo(edgeLB);
        edgeLB.ConnectsTo(streamControl);
        streamControl.ConnectsTo(midTierCache);
        streamControl.ConnectsTo(originStorage);
        streamControl.ConnectsTo(p2PCoordination);
        placementQueue.ConnectsTo(mLPlacement);
        mLPlacement.ConnectsTo(iSPCache);
    }
}
