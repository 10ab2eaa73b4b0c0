// Drafted by `sysdesign solve video-search` (src/SystemDesign.Solver); regenerate, do not hand-edit the counts.
#pragma warning disable SD6004 // If CDN is lost or cold (hit rate 80% → 0), P95 of reads from Users goes from 299.54 ms to unbounded, over the 300 ms target. More instances behind it, or a second cache, keep the target.
namespace SystemDesign.Samples.Search;

/// <summary>
/// Video Content Search (YouTube-like) (video-search).
/// Goal: Find moments within videos.
/// Topology: the catalog's reference solution. Cheapest passing counts found: $110,840/month.
/// </summary>
[Design("video-search")]
public sealed class VideoSearchDesign : IDesign
{
    public void Describe(ArchitectureBuilder a)
    {
        // the workload's source: users outside the system, not sized or billed
        var users = a.Component("redirect_client", "Users");
        // 100,000 req/s × 1.2 headroom ÷ 250,000 per instance = 1; at 1: SD6004 If CDN is lost or cold (hit rate 80% → 0), P95 of reads from Users goes from 299.54 ms to unbounded, over the 300 ms target → 2
        var cDN = a.Component("cdn", "CDN").Instances(2);
        // 28,000 req/s × 1.2 headroom ÷ 85,000 per instance = 1; at 1: SD4002 LB is a single point of failure: its load needs 1 of its 1 instance, so losing any one stops requests (99.99% available, registry lb: AWS Elastic Load Balanc... → 2
        var lB = a.Component("lb", "LB").Instances(2);
        // 28,000 req/s × 1.2 headroom ÷ 150 per instance = 224; at 666: SD6002 If CDN is lost or cold (hit rate 80% → 0), API goes from 28,000 to 100,000 req/s against 99,900 req/s capacity (100.1%); 667 instances carry it → 667
        var aPI = a.Component("app", "API").Instances(667);
        // 28,000 req/s × 1.2 headroom ÷ 1,000 per instance = 34; tier T0 needs ≥ 2 worker; at 99: SD6002 If CDN is lost or cold (hit rate 80% → 0), Whisper STT goes from 28,000 to 100,000 req/s against 99,000 req/s capacity (101%); 100 instances carry it → 100
        var whisperSTT = a.Component("worker", "Whisper STT").Instances(100);
        // 28,000 req/s × 1.2 headroom ÷ 1,000 per instance = 34; tier T0 needs ≥ 2 worker; at 99: SD6002 If CDN is lost or cold (hit rate 80% → 0), CLIP Vision goes from 28,000 to 100,000 req/s against 99,000 req/s capacity (101%); 100 instances carry it → 100
        var cLIPVision = a.Component("worker", "CLIP Vision").Instances(100);
        // 56,000 req/s × 1.2 headroom ÷ 500 per instance = 135; at 399: SD6002 If CDN is lost or cold (hit rate 80% → 0), Video Index goes from 56,000 to 200,000 req/s against 199,500 req/s capacity (100.3%); 400 instances carry it → 400
        var videoIndex = a.Component("search", "Video Index").Instances(400);
        // 56,000 req/s × 1.2 headroom ÷ 5,500 per instance = 13; at 36: SD6002 If CDN is lost or cold (hit rate 80% → 0), S3 Videos goes from 56,000 to 200,000 req/s against 198,000 req/s capacity (101%); 37 instances carry it → 37
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
