// Drafted by `sysdesign solve content-moderation-queue` (src/SystemDesign.Solver); regenerate, do not hand-edit the counts.
namespace SystemDesign.Samples.Streaming;

/// <summary>
/// Content Moderation Queue (content-moderation-queue).
/// Goal: Build Facebook-style content moderation.
/// Topology: the catalog's reference solution. Cheapest passing counts found: $139,021/month.
/// </summary>
[Design("content-moderation-queue")]
public sealed class ContentModerationQueueDesign : IDesign
{
    public void Describe(ArchitectureBuilder a)
    {
        // the workload's source: users outside the system, not sized or billed
        var contentCreators = a.Component("redirect_client", "Content Creators");
        // 100,000 req/s × 1.2 headroom ÷ 150 per instance = 800 → 800
        var uploadAPI = a.Component("app", "Upload API").Instances(800);
        // 100,000 req/s × 1.2 headroom ÷ 10,000 per instance = 12 → 12
        var contentStream = a.Component("stream", "Content Stream").Instances(12).Parameter("partitions", 120);
        // 100,000 req/s × 1.2 headroom ÷ 1,000 per instance = 120 → 120
        var mLClassifier = a.Component("worker", "ML Classifier").Instances(120);
        // 33,333 req/s × 1.2 headroom ÷ 10,000 per instance = 4; every constraint at once needs 5 (N+1: 33,333.33 ÷ 10,000 req/s below 100%, plus one instance to lose); tier T1 needs ≥ 3 queue in all, across 3 components → 5
        var highPriority = a.Component("queue", "High Priority").Instances(5);
        // 33,333 req/s × 1.2 headroom ÷ 10,000 per instance = 4; every constraint at once needs 5 (N+1: 33,333.33 ÷ 10,000 req/s below 100%, plus one instance to lose); tier T1 needs ≥ 3 queue in all, across 3 components → 5
        var mediumPriority = a.Component("queue", "Medium Priority").Instances(5);
        // 33,333 req/s × 1.2 headroom ÷ 10,000 per instance = 4; every constraint at once needs 5 (N+1: 33,333.33 ÷ 10,000 req/s below 100%, plus one instance to lose); tier T1 needs ≥ 3 queue in all, across 3 components → 5
        var lowPriority = a.Component("queue", "Low Priority").Instances(5);
        // 100,000 req/s × 1.2 headroom ÷ 150 per instance = 800 → 800
        var moderatorUI = a.Component("app", "Moderator UI").Instances(800);
        // 100,000 req/s × 1.2 headroom ÷ 1,000 per instance = 120 → 120
        var contentDB = a.Component("db_primary", "Content DB").Instances(120);

        contentCreators.ConnectsTo(uploadAPI);
        uploadAPI.ConnectsTo(contentStream);
        contentStream.ConnectsTo(mLClassifier);
        mLClassifier.ConnectsTo(highPriority);
        mLClassifier.ConnectsTo(mediumPriority);
        mLClassifier.ConnectsTo(lowPriority);
        highPriority.ConnectsTo(moderatorUI);
        mediumPriority.ConnectsTo(moderatorUI);
        lowPriority.ConnectsTo(moderatorUI);
        moderatorUI.ConnectsTo(contentDB);
    }
}
