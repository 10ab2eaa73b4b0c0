// Drafted by `sysdesign solve l5-developer-productivity-14` (src/SystemDesign.Solver); regenerate, do not hand-edit the counts.
namespace SystemDesign.Samples.DeveloperProductivity;

/// <summary>
/// ArgoCD Deployment Automation Platform (l5-developer-productivity-14).
/// Goal: Design deployment automation solution for ArgoCD supporting millions of users and thousands of engineers
/// Topology: built from the problem's palette (the catalog has no reference solution). Cheapest passing counts found: $1,946,188/month.
/// </summary>
[Design("l5-developer-productivity-14")]
public sealed class L5DeveloperProductivity14Design : IDesign
{
    public void Describe(ArchitectureBuilder a)
    {
        // 11,500,000 req/s × 1.2 headroom ÷ 1,000 per instance = 13800 → 13800
        var cIPipeline = a.Component("ci_pipeline", "CI Pipeline").Instances(13800);
        // 11,500,000 req/s × 1.2 headroom ÷ 1,000 per instance = 13800 → 13800
        var testRunner = a.Component("test_runner", "Test Runner").Instances(13800);
        // 2,300,000 req/s × 1.2 headroom ÷ 5,500 per instance = 502 → 502
        var artifactRegistry = a.Component("artifact_registry", "Artifact Registry").Instances(502);
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
