// Drafted by `sysdesign solve l5-devprod-google-ci` (src/SystemDesign.Solver); regenerate, do not hand-edit the counts.
#pragma warning disable SD7001 // Distributed Cache gets no traffic: nothing connects it to an entry point. Connect it from the component that uses it (an edge such as Calls, Reads or Writes to Distributed Cache) or remove it.
namespace SystemDesign.Samples.DeveloperProductivity;

/// <summary>
/// Google Monorepo CI/CD System (l5-devprod-google-ci).
/// Goal: Build CI/CD system for Google-scale monorepo with 2B lines of code and 50K engineers
/// Topology: built from the problem's palette (the catalog has no reference solution). Cheapest passing counts found: $561/month.
/// </summary>
[Design("l5-devprod-google-ci")]
public sealed class L5DevprodGoogleCiDesign : IDesign
{
    public void Describe(ArchitectureBuilder a)
    {
        // 1,157 req/s × 1.2 headroom ÷ 1,000 per instance = 2; every constraint at once needs 3 (N+1: 1,157.41 ÷ 1,000 req/s below 100%, plus one instance to lose) → 3
        var buildOrchestrator = a.Component("build_orchestrator", "Build Orchestrator").Instances(3);
        // 1,157 req/s × 1.2 headroom ÷ 10,000 per instance = 1; every constraint at once needs 2 (N+1: 1,157.41 ÷ 10,000 req/s below 100%, plus one instance to lose) → 2
        var testScheduler = a.Component("test_scheduler", "Test Scheduler").Instances(2);
        // one instance carries the load and no requirement asks for more → 1
        var distributedCache = a.Component("distributed_cache", "Distributed Cache").Instances(1);
        // 1,157 req/s × 1.2 headroom ÷ 5,500 per instance = 1 → 1
        var artifactStore = a.Component("artifact_store", "Artifact Store").Instances(1);
        // one instance carries the load and no requirement asks for more → 1
        var deploymentSystem = a.Component("deployment_system", "Deployment System").Instances(1);

        buildOrchestrator.Consumes(testScheduler);
        buildOrchestrator.Reads(distributedCache);
        buildOrchestrator.Writes(artifactStore);
        buildOrchestrator.ConnectsTo(deploymentSystem);
    }
}
