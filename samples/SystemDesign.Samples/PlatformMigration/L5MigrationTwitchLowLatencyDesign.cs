// Drafted by `sysdesign solve l5-migration-twitch-low-latency` (src/SystemDesign.Solver); regenerate, do not hand-edit the counts.
namespace SystemDesign.Samples.PlatformMigration;

/// <summary>
/// Twitch Ultra-Low Latency Streaming (l5-migration-twitch-low-latency).
/// Goal: Transform Twitch from 10-30 second to sub-second latency for 15M concurrent viewers
/// Topology: built from the problem's palette (the catalog has no reference solution). Cheapest passing counts found: $491/month.
/// </summary>
[Design("l5-migration-twitch-low-latency")]
public sealed class L5MigrationTwitchLowLatencyDesign : IDesign
{
    public void Describe(ArchitectureBuilder a)
    {
        // one instance carries the load and no requirement asks for more → 1
        var webRTCCDN = a.Component("webrtc_cdn", "WebRTC CDN").Instances(1);
        // at 1: SD4001 The design serves 99.5% of requests (44.24 h down a year), below the 99.95% target (4.38 h a year; NFR Availability: 99.95% stream uptime) → 2
        var sRTIngest = a.Component("srt_ingest", "SRT Ingest").Instances(2);
        // at 1: SD4001 The design serves 99.5% of requests (44.24 h down a year), below the 99.95% target (4.38 h a year; NFR Availability: 99.95% stream uptime) → 2
        var aBROptimizer = a.Component("abr_optimizer", "ABR Optimizer").Instances(2);
        // at 1: SD4002 Edge Transcoder is a single point of failure: its load needs 1 of its 1 instance, so losing any one stops requests (99.5% available, registry edge_transcoder... → 2
        var edgeTranscoder = a.Component("edge_transcoder", "Edge Transcoder").Instances(2);
        // one instance carries the load and no requirement asks for more → 1
        var qoSMonitor = a.Component("qos_monitor", "QoS Monitor").Instances(1);

        webRTCCDN.ConnectsTo(sRTIngest);
        webRTCCDN.ConnectsTo(aBROptimizer);
        sRTIngest.Calls(edgeTranscoder);
        aBROptimizer.Calls(edgeTranscoder);
        sRTIngest.ConnectsTo(qoSMonitor);
    }
}
