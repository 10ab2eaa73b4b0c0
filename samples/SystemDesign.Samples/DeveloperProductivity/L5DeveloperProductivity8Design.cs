// Drafted by `sysdesign solve l5-developer-productivity-8` (src/SystemDesign.Solver); regenerate, do not hand-edit the counts.
namespace SystemDesign.Samples.DeveloperProductivity;

/// <summary>
/// Bamboo Testing Infrastructure Platform (l5-developer-productivity-8).
/// Goal: Design testing infrastructure solution for Bamboo supporting millions of users and thousands of engineers
/// Topology: built from the problem's palette (the catalog has no reference solution). Cheapest passing counts found: $1,438,523/month.
/// </summary>
[Design("l5-developer-productivity-8")]
public sealed class L5DeveloperProductivity8Design : IDesign
{
    public void Describe(ArchitectureBuilder a)
    {
        // 8,500,000 req/s × 1.2 headroom ÷ 1,000 per instance = 10200 → 10200
        var cIPipeline = a.Component("ci_pipeline", "CI Pipeline").Instances(10200);
        // 8,500,000 req/s × 1.2 headroom ÷ 1,000 per instance = 10200 → 10200
        var testRunner = a.Component("test_runner", "Test Runner").Instances(10200);
        // 1,700,000 req/s × 1.2 headroom ÷ 5,500 per instance = 371 → 371
        var artifactRegistry = a.Component("artifact_registry", "Artifact Registry").Instances(371);
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
