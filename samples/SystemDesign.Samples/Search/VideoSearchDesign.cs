// Drafted by `sysdesign solve video-search` (src/SystemDesign.Solver); regenerate, do not hand-edit the counts.
namespace SystemDesign.Samples.Search;

/// <summary>
/// Video Content Search (YouTube-like) (video-search).
/// Goal: Find moments within videos.
/// Topology: the catalog's reference solution. Cheapest passing counts found: $389,921/month.
/// </summary>
[Design("video-search")]
public sealed class VideoSearchDesign : IDesign
{
    public void Describe(ArchitectureBuilder a)
    {
        // the workload's source: users outside the system, not sized or billed
        var users = a.Component("redirect_client", "Users");
        // 100,000 req/s × 1.2 headroom ÷ 250,000 per instance = 1; every constraint at once needs 2 (N+1: 100,000 ÷ 250,000 req/s below 100%, plus one instance to lose) → 2
        var cDN = a.Component("cdn", "CDN").Instances(2);
        // 28,000 req/s × 1.2 headroom ÷ 85,000 per instance = 1; every constraint at once needs 2 (CDN cold: 100,000 ÷ 85,000 req/s below 100%) → 2
        var lB = a.Component("lb", "LB").Instances(2);
        // 28,000 req/s × 1.2 headroom ÷ 150 per instance = 224; every constraint at once needs 778 (the latency targets with CDN cold) → 778
        var aPI = a.Component("app", "API").Instances(778);
        // 28,000 req/s × 1.2 headroom ÷ 1,000 per instance = 34; every constraint at once needs 114 (the latency targets with CDN cold); tier T0 needs ≥ 2 worker in all, across 2 components → 114
        var whisperSTT = a.Component("worker", "Whisper STT").Instances(114);
        // 28,000 req/s × 1.2 headroom ÷ 1,000 per instance = 34; every constraint at once needs 114 (the latency targets with CDN cold); tier T0 needs ≥ 2 worker in all, across 2 components → 114
        var cLIPVision = a.Component("worker", "CLIP Vision").Instances(114);
        // 56,000 req/s × 1.2 headroom ÷ 500 per instance = 135; every constraint at once needs 452 (the latency targets with CDN cold) → 452
        var videoIndex = a.Component("search", "Video Index").Instances(452);
        // 56,000 req/s × 1.2 headroom ÷ 5,500 per instance = 13; every constraint at once needs 38 (the latency targets with CDN cold) → 38
        var s3Videos = a.Component("object_store", "S3 Videos").Instances(38);

        users.ConnectsTo(cDN);
        cDN.ConnectsTo(lB);
        lB.ConnectsTo(aPI);
        aPI.ConnectsTo(whisperSTT);
        aPI.ConnectsTo(cLIPVision);
        whisperSTT.ConnectsTo(videoIndex);
        cLIPVision.ConnectsTo(videoIndex);
        videoIndex.ConnectsTo(s3Videos);
    }
}
