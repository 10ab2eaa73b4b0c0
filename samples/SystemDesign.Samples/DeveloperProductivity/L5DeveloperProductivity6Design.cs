// Drafted by `sysdesign solve l5-developer-productivity-6` (src/SystemDesign.Solver); regenerate, do not hand-edit the counts.
namespace SystemDesign.Samples.DeveloperProductivity;

/// <summary>
/// Jenkins Ci/Cd Pipeline Platform (l5-developer-productivity-6).
/// Goal: Design CI/CD pipeline solution for Jenkins supporting millions of users and thousands of engineers
/// Topology: built from the problem's palette (the catalog has no reference solution). Cheapest passing counts found: $1,269,317/month.
/// </summary>
[Design("l5-developer-productivity-6")]
public sealed class L5DeveloperProductivity6Design : IDesign
{
    public void Describe(ArchitectureBuilder a)
    {
        // 7,500,000 req/s × 1.2 headroom ÷ 1,000 per instance = 9000 → 9000
        var cIPipeline = a.Component("ci_pipeline", "CI Pipeline").Instances(9000);
        // 7,500,000 req/s × 1.2 headroom ÷ 1,000 per instance = 9000 → 9000
        var testRunner = a.Component("test_runner", "Test Runner").Instances(9000);
        // 1,500,000 req/s × 1.2 headroom ÷ 5,500 per instance = 328 → 328
        var artifactRegistry = a.Component("artifact_registry", "Artifact Registry").Instances(328);
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
