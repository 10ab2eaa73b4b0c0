// Drafted by `sysdesign solve l5-developer-productivity-10` (src/SystemDesign.Solver); regenerate, do not hand-edit the counts.
namespace SystemDesign.Samples.DeveloperProductivity;

/// <summary>
/// Buildkite Developer Portal Platform (l5-developer-productivity-10).
/// Goal: Design developer portal solution for Buildkite supporting millions of users and thousands of engineers
/// Topology: built from the problem's palette (the catalog has no reference solution). Cheapest passing counts found: $1,607,752/month.
/// </summary>
[Design("l5-developer-productivity-10")]
public sealed class L5DeveloperProductivity10Design : IDesign
{
    public void Describe(ArchitectureBuilder a)
    {
        // 9,500,000 req/s × 1.2 headroom ÷ 1,000 per instance = 11400 → 11400
        var cIPipeline = a.Component("ci_pipeline", "CI Pipeline").Instances(11400);
        // 9,500,000 req/s × 1.2 headroom ÷ 1,000 per instance = 11400 → 11400
        var testRunner = a.Component("test_runner", "Test Runner").Instances(11400);
        // 1,900,000 req/s × 1.2 headroom ÷ 5,500 per instance = 415 → 415
        var artifactRegistry = a.Component("artifact_registry", "Artifact Registry").Instances(415);
        // one instance carries the load and no requirement asks for more → 1
        var deploymentService = a.Component("deployment_service", "Deployment Service").Instances(1);
        // one instance carries the load and no requirement asks for more → 1
        var monitoring = a.Component("monitoring", "Monitoring").Instances(1);

        cIPipeline.Writes(artifactRegistry);
        testRunner.Writes(artifactRegistry);
        cIPipeline.ConnectsTo(deploymentService);
        cIPipeline.ConnectsTo(monitoring);
    }
}
