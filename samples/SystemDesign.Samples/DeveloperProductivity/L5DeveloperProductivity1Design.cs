// Drafted by `sysdesign solve l5-developer-productivity-1` (src/SystemDesign.Solver); regenerate, do not hand-edit the counts.
namespace SystemDesign.Samples.DeveloperProductivity;

/// <summary>
/// GitHub Ci/Cd Pipeline Platform (l5-developer-productivity-1).
/// Goal: Design CI/CD pipeline solution for GitHub supporting millions of users and thousands of engineers
/// Topology: built from the problem's palette (the catalog has no reference solution). Cheapest passing counts found: $846,267/month.
/// </summary>
[Design("l5-developer-productivity-1")]
public sealed class L5DeveloperProductivity1Design : IDesign
{
    public void Describe(ArchitectureBuilder a)
    {
        // 5,000,000 req/s × 1.2 headroom ÷ 1,000 per instance = 6000 → 6000
        var cIPipeline = a.Component("ci_pipeline", "CI Pipeline").Instances(6000);
        // 5,000,000 req/s × 1.2 headroom ÷ 1,000 per instance = 6000 → 6000
        var testRunner = a.Component("test_runner", "Test Runner").Instances(6000);
        // 1,000,000 req/s × 1.2 headroom ÷ 5,500 per instance = 219 → 219
        var artifactRegistry = a.Component("artifact_registry", "Artifact Registry").Instances(219);
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
