// Drafted by `sysdesign solve l5-developer-productivity-13` (src/SystemDesign.Solver); regenerate, do not hand-edit the counts.
namespace SystemDesign.Samples.DeveloperProductivity;

/// <summary>
/// Spinnaker Testing Infrastructure Platform (l5-developer-productivity-13).
/// Goal: Design testing infrastructure solution for Spinnaker supporting millions of users and thousands of engineers
/// Topology: built from the problem's palette (the catalog has no reference solution). Cheapest passing counts found: $1,861,573/month.
/// </summary>
[Design("l5-developer-productivity-13")]
public sealed class L5DeveloperProductivity13Design : IDesign
{
    public void Describe(ArchitectureBuilder a)
    {
        // 11,000,000 req/s × 1.2 headroom ÷ 1,000 per instance = 13200 → 13200
        var cIPipeline = a.Component("ci_pipeline", "CI Pipeline").Instances(13200);
        // 11,000,000 req/s × 1.2 headroom ÷ 1,000 per instance = 13200 → 13200
        var testRunner = a.Component("test_runner", "Test Runner").Instances(13200);
        // 2,200,000 req/s × 1.2 headroom ÷ 5,500 per instance = 480 → 480
        var artifactRegistry = a.Component("artifact_registry", "Artifact Registry").Instances(480);
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
