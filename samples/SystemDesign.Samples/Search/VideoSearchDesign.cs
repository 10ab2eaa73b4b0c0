// Drafted by `sysdesign solve video-search` (src/SystemDesign.Solver); regenerate, do not hand-edit the counts.
#pragma warning disable SD6004 // If CDN is lost or cold (hit rate 80% → 0), P95 of reads from Users goes from 299.53 ms to 42,041.5 ms, over the 300 ms target. More instances behind it, or a second cache, keep the target.
namespace SystemDesign.Samples.Search;

/// <summary>
/// Video Content Search (YouTube-like) (video-search).
/// Goal: Find moments within videos.
/// Topology: the catalog's reference solution. Cheapest passing counts found: $111,102/month.
/// </summary>
[Design("video-search")]
public sealed class VideoSearchDesign : IDesign
{
    public void Describe(ArchitectureBuilder a)
    {
        // the workload's source: users outside the system, not sized or billed
        var users = a.Component("redirect_client", "Users");
        // 100,000 req/s × 1.2 headroom ÷ 250,000 per instance = 2 → 2
        var cDN = a.Component("cdn", "CDN").Instances(2);
        // 28,000 req/s × 1.2 headroom ÷ 85,000 per instance = 2 → 2
        var lB = a.Component("lb", "LB").Instances(2);
        // 28,000 req/s × 1.2 headroom ÷ 150 per instance = 667 → 667
        var aPI = a.Component("app", "API").Instances(667);
        // 28,000 req/s × 1.2 headroom ÷ 1,000 per instance = 101; tier T0 needs ≥ 2 worker → 101
        var whisperSTT = a.Component("worker", "Whisper STT").Instances(101);
        // 28,000 req/s × 1.2 headroom ÷ 1,000 per instance = 101; tier T0 needs ≥ 2 worker → 101
        var cLIPVision = a.Component("worker", "CLIP Vision").Instances(101);
        // 56,000 req/s × 1.2 headroom ÷ 500 per instance = 401 → 401
        var videoIndex = a.Component("search", "Video Index").Instances(401);
        // 56,000 req/s × 1.2 headroom ÷ 5,500 per instance = 37 → 37
        var s3Videos = a.Component("object_store", "S3 Videos").Instances(37);

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
