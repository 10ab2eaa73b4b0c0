// Drafted by `sysdesign solve video-streaming-cache` (src/SystemDesign.Solver); regenerate, do not hand-edit the counts.
namespace SystemDesign.Samples.Caching;

/// <summary>
/// Netflix-like Video CDN (video-streaming-cache).
/// Goal: Build YouTube/Netflix-scale global video CDN.
/// Topology: the catalog's reference solution. Cheapest passing counts found: $474/month (budget $1,000,000,000).
/// </summary>
[Design("video-streaming-cache")]
public sealed class VideoStreamingCacheDesign : IDesign
{
    public void Describe(ArchitectureBuilder a)
    {
        // the workload's source: users outside the system, not sized or billed
        var viewers = a.Component("redirect_client", "Viewers");
        // at 1: SD4002 Edge CDN is a single point of failure: its load needs 1 of its 1 instance, so losing any one stops requests (99.9% available, registry cdn: AWS CloudFront SL... → 2
        var edgeCDN = a.Component("cdn", "Edge CDN").Instances(2);
        // at 1: SD4002 Origin LB is a single point of failure: its load needs 1 of its 1 instance, so losing any one stops requests (99.99% available, registry lb: AWS Elastic Load... → 2
        var originLB = a.Component("lb", "Origin LB").Instances(2);
        // at 1: SD4002 Streaming API is a single point of failure: its load needs 1 of its 1 instance, so losing any one stops requests (99.5% available, registry app: AWS EC2 SLA,... → 2
        var streamingAPI = a.Component("app", "Streaming API").Instances(2);
        // one instance carries the load and no requirement asks for more → 1
        var originCache = a.Component("cache", "Origin Cache").Instances(1);
        // at 1: SD4002 Video Store is a single point of failure: its load needs 1 of its 1 instance, so losing any one stops requests (99.99% available, registry object_store: AWS ... → 2
        var videoStore = a.Component("object_store", "Video Store").Instances(2);
        // at 1: SD4002 Prefetch Queue is a single point of failure: its load needs 1 of its 1 instance, so losing any one stops requests (99.5% available, registry queue: AWS EC2 S... → 2
        var prefetchQueue = a.Component("queue", "Prefetch Queue").Instances(2);

        viewers.ConnectsTo(edgeCDN);
        edgeCDN.ConnectsTo(originLB);
        originLB.ConnectsTo(streamingAPI);
        streamingAPI.ConnectsTo(originCache);
        streamingAPI.ConnectsTo(videoStore);
        streamingAPI.ConnectsTo(prefetchQueue);
    }
}
