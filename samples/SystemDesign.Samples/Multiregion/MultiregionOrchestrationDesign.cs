// Drafted by `sysdesign solve multiregion-orchestration` (src/SystemDesign.Solver); regenerate, do not hand-edit the counts.
namespace SystemDesign.Samples.Multiregion;

/// <summary>
/// Multi-Region Container Orchestration (multiregion-orchestration).
/// Goal: Unified control plane for global deployments.
/// Topology: the catalog's reference solution. Cheapest passing counts found: $900/month.
/// </summary>
[Design("multiregion-orchestration")]
public sealed class MultiregionOrchestrationDesign : IDesign
{
    public void Describe(ArchitectureBuilder a)
    {
        // 2.78 req/s × 1.2 headroom ÷ 150 per instance = 1; every constraint at once needs 2 (N+1: 2.78 ÷ 150 req/s below 100%, plus one instance to lose) → 2
        var controlPlane = a.Component("app", "Control Plane").Instances(2);
        // 2.78 req/s × 1.2 headroom ÷ 85,000 per instance = 1; every constraint at once needs 2 (N+1: 2.78 ÷ 85,000 req/s below 100%, plus one instance to lose) → 2
        var federationLB = a.Component("lb", "Federation LB").Instances(2);
        // 0.93 req/s × 1.2 headroom ÷ 1,000 per instance = 1; every constraint at once needs 2 (the 99.9% availability target); tier T0 needs ≥ 5 worker in all, across 3 components → 2
        var uSCluster = a.Component("worker", "US Cluster").Instances(2);
        // 0.93 req/s × 1.2 headroom ÷ 1,000 per instance = 1; every constraint at once needs 2 (the 99.9% availability target); tier T0 needs ≥ 5 worker in all, across 3 components → 2
        var eUCluster = a.Component("worker", "EU Cluster").Instances(2);
        // 0.93 req/s × 1.2 headroom ÷ 1,000 per instance = 1; every constraint at once needs 2 (the 99.9% availability target); tier T0 needs ≥ 5 worker in all, across 3 components → 2
        var aPCluster = a.Component("worker", "AP Cluster").Instances(2);
        // 2.78 req/s × 1.2 headroom ÷ 10,000 per instance = 1; every constraint at once needs 2 (N+1: 2.78 ÷ 10,000 req/s below 100%, plus one instance to lose) → 2
        var deploymentEvents = a.Component("stream", "Deployment Events").Instances(2);

        controlPlane.ConnectsTo(federationLB);
        federationLB.ConnectsTo(uSCluster);
        federationLB.ConnectsTo(eUCluster);
        federationLB.ConnectsTo(aPCluster);
        uSCluster.ConnectsTo(deploymentEvents);
        eUCluster.ConnectsTo(deploymentEvents);
        aPCluster.ConnectsTo(deploymentEvents);
    }
}
