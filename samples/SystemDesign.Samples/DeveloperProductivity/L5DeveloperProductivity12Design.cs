// Drafted by `sysdesign solve l5-developer-productivity-12` (src/SystemDesign.Solver); regenerate, do not hand-edit the counts.
namespace SystemDesign.Samples.DeveloperProductivity;

/// <summary>
/// Harness Code Review Platform Platform (l5-developer-productivity-12).
/// Goal: Design code review platform solution for Harness supporting millions of users and thousands of engineers
/// Topology: built from the problem's palette (the catalog has no reference solution). Cheapest passing counts found: $1,776,982/month.
/// </summary>
[Design("l5-developer-productivity-12")]
public sealed class L5DeveloperProductivity12Design : IDesign
{
    public void Describe(ArchitectureBuilder a)
    {
        // 10,500,000 req/s × 1.2 headroom ÷ 1,000 per instance = 12600 → 12600
        var cIPipeline = a.Component("ci_pipeline", "CI Pipeline").Instances(12600);
        // 10,500,000 req/s × 1.2 headroom ÷ 1,000 per instance = 12600 → 12600
        var testRunner = a.Component("test_runner", "Test Runner").Instances(12600);
        // 2,100,000 req/s × 1.2 headroom ÷ 5,500 per instance = 459 → 459
        var artifactRegistry = a.Component("artifact_registry", "Artifact Registry").Instances(459);
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
