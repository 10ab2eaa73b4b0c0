// Drafted by `sysdesign solve l5-developer-productivity-7` (src/SystemDesign.Solver); regenerate, do not hand-edit the counts.
namespace SystemDesign.Samples.DeveloperProductivity;

/// <summary>
/// TeamCity Code Review Platform Platform (l5-developer-productivity-7).
/// Goal: Design code review platform solution for TeamCity supporting millions of users and thousands of engineers
/// Topology: built from the problem's palette (the catalog has no reference solution). Cheapest passing counts found: $1,353,932/month.
/// </summary>
[Design("l5-developer-productivity-7")]
public sealed class L5DeveloperProductivity7Design : IDesign
{
    public void Describe(ArchitectureBuilder a)
    {
        // 8,000,000 req/s × 1.2 headroom ÷ 1,000 per instance = 9600 → 9600
        var cIPipeline = a.Component("ci_pipeline", "CI Pipeline").Instances(9600);
        // 8,000,000 req/s × 1.2 headroom ÷ 1,000 per instance = 9600 → 9600
        var testRunner = a.Component("test_runner", "Test Runner").Instances(9600);
        // 1,600,000 req/s × 1.2 headroom ÷ 5,500 per instance = 350 → 350
        var artifactRegistry = a.Component("artifact_registry", "Artifact Registry").Instances(350);
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
