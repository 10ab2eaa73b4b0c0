// Drafted by `sysdesign solve video-streaming-cache` (src/SystemDesign.Solver); regenerate, do not hand-edit the counts.
namespace SystemDesign.Samples.Caching;

/// <summary>
/// Netflix-like Video CDN (video-streaming-cache).
/// Goal: Build YouTube/Netflix-scale global video CDN.
/// Topology: the catalog's reference solution. Cheapest passing counts found: $826/month (budget $1,000,000,000).
/// </summary>
[Design("video-streaming-cache")]
public sealed class VideoStreamingCacheDesign : IDesign
{
    public void Describe(ArchitectureBuilder a)
    {
        // the workload's source: users outside the system, not sized or billed
        var viewers = a.Component("redirect_client", "Viewers");
        // one instance carries the load and no requirement asks for more → 1
        var edgeCDN = a.Component("cdn", "Edge CDN").Instances(1);
        // at 1: SD4002 Origin LB is a single point of failure: its load needs 1 of its 1 instance, so losing any one stops requests (99.99% available, registry lb: AWS Elastic Load... → 2
        var originLB = a.Component("lb", "Origin LB").Instances(2);
        // at 2: SD4001 The design serves 99.9975% of requests (13.22 min down a year), below the 99.999% target (5.26 min a year; NFR Availability: 99.999% for top 1000 titles, 99.... → 3
        var streamingAPI = a.Component("app", "Streaming API").Instances(3);
        // one instance carries the load and no requirement asks for more → 1
        var originCache = a.Component("cache", "Origin Cache").Instances(1);
        // at 1: SD4002 Video Store is a single point of failure: its load needs 1 of its 1 instance, so losing any one stops requests (99.99% available, registry object_store: AWS ... → 2
        var videoStore = a.Component("object_store", "Video Store").Instances(2);
        // at 2: SD4001 The design serves 99.9975% of requests (13.22 min down a year), below the 99.999% target (5.26 min a year; NFR Availability: 99.999% for top 1000 titles, 99.... → 3
        var prefetchQueue = a.Component("queue", "Prefetch Queue").Instances(3);

        viewers.ConnectsTo(edgeCDN);
        edgeCDN.ConnectsTo(originLB);
        originLB.ConnectsTo(streamingAPI);
        streamingAPI.ConnectsTo(originCache);
        streamingAPI.ConnectsTo(videoStore);
        streamingAPI.ConnectsTo(prefetchQueue);
    }
}
