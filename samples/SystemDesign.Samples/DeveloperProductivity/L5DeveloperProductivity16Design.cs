// Drafted by `sysdesign solve l5-developer-productivity-16` (src/SystemDesign.Solver); regenerate, do not hand-edit the counts.
namespace SystemDesign.Samples.DeveloperProductivity;

/// <summary>
/// Pulumi Ci/Cd Pipeline Platform (l5-developer-productivity-16).
/// Goal: Design CI/CD pipeline solution for Pulumi supporting millions of users and thousands of engineers
/// Topology: built from the problem's palette (the catalog has no reference solution). Cheapest passing counts found: $2,115,417/month.
/// </summary>
[Design("l5-developer-productivity-16")]
public sealed class L5DeveloperProductivity16Design : IDesign
{
    public void Describe(ArchitectureBuilder a)
    {
        // 12,500,000 req/s × 1.2 headroom ÷ 1,000 per instance = 15000 → 15000
        var cIPipeline = a.Component("ci_pipeline", "CI Pipeline").Instances(15000);
        // 12,500,000 req/s × 1.2 headroom ÷ 1,000 per instance = 15000 → 15000
        var testRunner = a.Component("test_runner", "Test Runner").Instances(15000);
        // 2,500,000 req/s × 1.2 headroom ÷ 5,500 per instance = 546 → 546
        var artifactRegistry = a.Component("artifact_registry", "Artifact Registry").Instances(546);
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
