// Drafted by `sysdesign solve l5-developer-productivity-17` (src/SystemDesign.Solver); regenerate, do not hand-edit the counts.
namespace SystemDesign.Samples.DeveloperProductivity;

/// <summary>
/// Terraform Code Review Platform Platform (l5-developer-productivity-17).
/// Goal: Design code review platform solution for Terraform supporting millions of users and thousands of engineers
/// Topology: built from the problem's palette (the catalog has no reference solution). Cheapest passing counts found: $2,200,032/month.
/// </summary>
[Design("l5-developer-productivity-17")]
public sealed class L5DeveloperProductivity17Design : IDesign
{
    public void Describe(ArchitectureBuilder a)
    {
        // 13,000,000 req/s × 1.2 headroom ÷ 1,000 per instance = 15600 → 15600
        var cIPipeline = a.Component("ci_pipeline", "CI Pipeline").Instances(15600);
        // 13,000,000 req/s × 1.2 headroom ÷ 1,000 per instance = 15600 → 15600
        var testRunner = a.Component("test_runner", "Test Runner").Instances(15600);
        // 2,600,000 req/s × 1.2 headroom ÷ 5,500 per instance = 568 → 568
        var artifactRegistry = a.Component("artifact_registry", "Artifact Registry").Instances(568);
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
