// Drafted by `sysdesign solve l5-developer-productivity-3` (src/SystemDesign.Solver); regenerate, do not hand-edit the counts.
namespace SystemDesign.Samples.DeveloperProductivity;

/// <summary>
/// Bitbucket Testing Infrastructure Platform (l5-developer-productivity-3).
/// Goal: Design testing infrastructure solution for Bitbucket supporting millions of users and thousands of engineers
/// Topology: built from the problem's palette (the catalog has no reference solution). Cheapest passing counts found: $1,015,473/month.
/// </summary>
[Design("l5-developer-productivity-3")]
public sealed class L5DeveloperProductivity3Design : IDesign
{
    public void Describe(ArchitectureBuilder a)
    {
        // 6,000,000 req/s × 1.2 headroom ÷ 1,000 per instance = 7200 → 7200
        var cIPipeline = a.Component("ci_pipeline", "CI Pipeline").Instances(7200);
        // 6,000,000 req/s × 1.2 headroom ÷ 1,000 per instance = 7200 → 7200
        var testRunner = a.Component("test_runner", "Test Runner").Instances(7200);
        // 1,200,000 req/s × 1.2 headroom ÷ 5,500 per instance = 262 → 262
        var artifactRegistry = a.Component("artifact_registry", "Artifact Registry").Instances(262);
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
