// Drafted by `sysdesign solve l5-developer-productivity-11` (src/SystemDesign.Solver); regenerate, do not hand-edit the counts.
namespace SystemDesign.Samples.DeveloperProductivity;

/// <summary>
/// Codefresh Ci/Cd Pipeline Platform (l5-developer-productivity-11).
/// Goal: Design CI/CD pipeline solution for Codefresh supporting millions of users and thousands of engineers
/// Topology: built from the problem's palette (the catalog has no reference solution). Cheapest passing counts found: $1,692,367/month.
/// </summary>
[Design("l5-developer-productivity-11")]
public sealed class L5DeveloperProductivity11Design : IDesign
{
    public void Describe(ArchitectureBuilder a)
    {
        // 10,000,000 req/s × 1.2 headroom ÷ 1,000 per instance = 12000 → 12000
        var cIPipeline = a.Component("ci_pipeline", "CI Pipeline").Instances(12000);
        // 10,000,000 req/s × 1.2 headroom ÷ 1,000 per instance = 12000 → 12000
        var testRunner = a.Component("test_runner", "Test Runner").Instances(12000);
        // 2,000,000 req/s × 1.2 headroom ÷ 5,500 per instance = 437 → 437
        var artifactRegistry = a.Component("artifact_registry", "Artifact Registry").Instances(437);
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
