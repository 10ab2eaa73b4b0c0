// Drafted by `sysdesign solve l5-developer-productivity-15` (src/SystemDesign.Solver); regenerate, do not hand-edit the counts.
namespace SystemDesign.Samples.DeveloperProductivity;

/// <summary>
/// Flux Developer Portal Platform (l5-developer-productivity-15).
/// Goal: Design developer portal solution for Flux supporting millions of users and thousands of engineers
/// Topology: built from the problem's palette (the catalog has no reference solution). Cheapest passing counts found: $2,030,802/month.
/// </summary>
[Design("l5-developer-productivity-15")]
public sealed class L5DeveloperProductivity15Design : IDesign
{
    public void Describe(ArchitectureBuilder a)
    {
        // 12,000,000 req/s × 1.2 headroom ÷ 1,000 per instance = 14400 → 14400
        var cIPipeline = a.Component("ci_pipeline", "CI Pipeline").Instances(14400);
        // 12,000,000 req/s × 1.2 headroom ÷ 1,000 per instance = 14400 → 14400
        var testRunner = a.Component("test_runner", "Test Runner").Instances(14400);
        // 2,400,000 req/s × 1.2 headroom ÷ 5,500 per instance = 524 → 524
        var artifactRegistry = a.Component("artifact_registry", "Artifact Registry").Instances(524);
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
