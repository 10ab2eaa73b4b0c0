// Drafted by `sysdesign solve l5-migration-zoom-webrtc` (src/SystemDesign.Solver); regenerate, do not hand-edit the counts.
namespace SystemDesign.Samples.PlatformMigration;

/// <summary>
/// Zoom WebRTC Infrastructure Migration (l5-migration-zoom-webrtc).
/// Goal: Transform Zoom from proprietary protocol to WebRTC supporting 300M daily participants
/// Topology: built from the problem's palette (the catalog has no reference solution). Cheapest passing counts found: $704/month.
/// </summary>
[Design("l5-migration-zoom-webrtc")]
public sealed class L5MigrationZoomWebrtcDesign : IDesign
{
    public void Describe(ArchitectureBuilder a)
    {
        // at 1: SD4002 TURN Server is a single point of failure: its load needs 1 of its 1 instance, so losing any one stops requests (99.95% available, registry turn_server: AWS T... → 2
        var tURNServer = a.Component("turn_server", "TURN Server").Instances(2);
        // at 1: SD4001 The design serves 99.49% of requests (44.24 h down a year), below the 99.99% target (52.56 min a year; NFR Availability: 99.99% meeting uptime (1080p quality... → 2
        var webRTCSFU = a.Component("webrtc_sfu", "WebRTC SFU").Instances(2);
        // at 2: SD4001 The design serves 99.99% of requests (52.69 min down a year), below the 99.99% target (52.56 min a year; NFR Availability: 99.99% meeting uptime (1080p quali... → 3
        var signalingServer = a.Component("signaling_server", "Signaling Server").Instances(3);
        // at 1: SD4002 Recording Service is a single point of failure: its load needs 1 of its 1 instance, so losing any one stops requests (99.5% available, registry recording_ser... → 2
        var recordingService = a.Component("recording_service", "Recording Service").Instances(2);
        // at 1: SD4002 Transcoding Cluster is a single point of failure: its load needs 1 of its 1 instance, so losing any one stops requests (99.5% available, registry transcoding... → 2
        var transcodingCluster = a.Component("transcoding_cluster", "Transcoding Cluster").Instances(2);

        tURNServer.ConnectsTo(webRTCSFU);
        tURNServer.ConnectsTo(signalingServer);
        webRTCSFU.Calls(recordingService);
        signalingServer.Calls(recordingService);
        webRTCSFU.Calls(transcodingCluster);
        signalingServer.Calls(transcodingCluster);
    }
}
