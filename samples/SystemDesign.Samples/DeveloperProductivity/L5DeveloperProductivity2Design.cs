// Drafted by `sysdesign solve l5-developer-productivity-2` (src/SystemDesign.Solver); regenerate, do not hand-edit the counts.
namespace SystemDesign.Samples.DeveloperProductivity;

/// <summary>
/// GitLab Code Review Platform Platform (l5-developer-productivity-2).
/// Goal: Design code review platform solution for GitLab supporting millions of users and thousands of engineers
/// Topology: built from the problem's palette (the catalog has no reference solution). Cheapest passing counts found: $930,858/month.
/// </summary>
[Design("l5-developer-productivity-2")]
public sealed class L5DeveloperProductivity2Design : IDesign
{
    public void Describe(ArchitectureBuilder a)
    {
        // 5,500,000 req/s × 1.2 headroom ÷ 1,000 per instance = 6600 → 6600
        var cIPipeline = a.Component("ci_pipeline", "CI Pipeline").Instances(6600);
        // 5,500,000 req/s × 1.2 headroom ÷ 1,000 per instance = 6600 → 6600
        var testRunner = a.Component("test_runner", "Test Runner").Instances(6600);
        // 1,100,000 req/s × 1.2 headroom ÷ 5,500 per instance = 240 → 240
        var artifactRegistry = a.Component("artifact_registry", "Artifact Registry").Instances(240);
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
