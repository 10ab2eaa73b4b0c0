// Drafted by `sysdesign solve live-comments-100k-viewers` (src/SystemDesign.Solver); regenerate, do not hand-edit the counts.
namespace SystemDesign.Samples.CaseStudies;

/// <summary>
/// Live Comments for 100K Concurrent Viewers (live-comments-100k-viewers).
/// Goal: Hold 100,000 concurrent viewers' connections and fan every comment out to them.
/// Topology: the catalog's reference solution. Cheapest passing counts found: $9,551/month.
/// </summary>
[Design("live-comments-100k-viewers")]
public sealed class LiveComments100kViewersDesign : IDesign
{
    public void Describe(ArchitectureBuilder a)
    {
        // the workload's source: users outside the system, not sized or billed
        var viewers = a.Component("client", "Viewers");
        // 10,000 req/s × 1.2 headroom ÷ 85,000 per instance = 1; every constraint at once needs 2 (N+1: 10,000 ÷ 85,000 req/s below 100%, plus one instance to lose) → 2
        var lB = a.Component("lb", "LB").Instances(2);
        // 10,000 req/s × 1.2 headroom ÷ 5,000 per instance = 3; every constraint at once needs 12 (20% connection headroom: 1.2 × 100,000 ÷ 10,000); tier T1 needs ≥ 10 websocket → 12
        var pushFleet = a.Component("websocket", "Push Fleet").Instances(12);
        // 10,000 req/s × 1.2 headroom ÷ 150 per instance = 80 → 80
        var commentService = a.Component("app", "Comment Service").Instances(80);
        // 10,000 req/s × 1.2 headroom ÷ 10,000 per instance = 2; every constraint at once needs 3 (N+1: 10,000 ÷ 10,000 req/s below 100%, plus one instance to lose) → 3
        var commentStream = a.Component("stream", "Comment Stream").Instances(3).Parameter("partitions", 12);
        // 10,000 req/s × 1.2 headroom ÷ 1,000 per instance = 12 → 12
        var moderation = a.Component("worker", "Moderation").Instances(12);
        // 10,000 req/s × 1.2 headroom ÷ 1,000 per instance = 12 → 12
        var commentsDB = a.Component("db_primary", "Comments DB").Instances(12);

        viewers.ConnectsTo(lB);
        lB.ConnectsTo(pushFleet);
        pushFleet.ConnectsTo(commentService);
        commentService.ConnectsTo(commentStream);
        commentStream.ConnectsTo(moderation);
        moderation.ConnectsTo(commentsDB);
    }
}
